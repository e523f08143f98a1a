using System.Text.Json.Serialization;

namespace Forge.Fortune.Reports;

/// <summary>
/// <c>GET /v1/reports/profiles</c> (R-profiles, ADR 13): profiles by creation date. <c>total_profiles</c> were
/// created in the range, <c>active_profiles</c> of them still exist, <c>deleted_profiles</c> were deleted in
/// the range (whenever created). Distributions are over the active profiles (deleted ones left no chart behind).
/// </summary>
public sealed record ProfileReportDto(
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("end_date")] string EndDate,
    [property: JsonPropertyName("total_profiles")] long TotalProfiles,
    [property: JsonPropertyName("active_profiles")] long ActiveProfiles,
    [property: JsonPropertyName("deleted_profiles")] long DeletedProfiles,
    [property: JsonPropertyName("gender_distribution")] IReadOnlyDictionary<string, ShareDto> GenderDistribution,
    [property: JsonPropertyName("day_master_distribution")] IReadOnlyDictionary<string, ShareDto> DayMasterDistribution,
    [property: JsonPropertyName("element_distribution")] ElementDistributionDto ElementDistribution);

/// <summary>A count and its percentage of the whole (0–100, two decimals).</summary>
public sealed record ShareDto(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("percentage")] double Percentage);

/// <summary>Every element key (wood, fire, earth, metal, water) is present, zero or not.</summary>
public sealed record ElementDistributionDto(
    [property: JsonPropertyName("day_master_element")] IReadOnlyDictionary<string, ShareDto> DayMasterElement,
    [property: JsonPropertyName("weakest_element")] IReadOnlyDictionary<string, ShareDto> WeakestElement);
