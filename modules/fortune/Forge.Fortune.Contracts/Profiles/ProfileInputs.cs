using System.Text.Json.Serialization;
using Forge.Fortune.Calculations;

namespace Forge.Fortune.Profiles;

/// <summary><c>POST /v1/profiles</c>: the birth fields plus who the profile is.</summary>
public sealed record ProfileCreateInput : BirthDataInput
{
    [JsonPropertyName("external_id")] public string? ExternalId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
}

/// <summary>
/// <c>PUT|PATCH /v1/profiles/{id}</c> (ADR 7 #2): every field optional; absent = unchanged;
/// <c>null</c> removes an optional value (<c>birth_hour: null</c> drops the hour pillar).
/// </summary>
public sealed record ProfileUpdateInput
{
    [JsonPropertyName("name")] public Optional<string?> Name { get; init; }
    [JsonPropertyName("birth_year")] public Optional<int?> BirthYear { get; init; }
    [JsonPropertyName("birth_month")] public Optional<int?> BirthMonth { get; init; }
    [JsonPropertyName("birth_day")] public Optional<int?> BirthDay { get; init; }
    [JsonPropertyName("birth_hour")] public Optional<int?> BirthHour { get; init; }
    [JsonPropertyName("birth_minute")] public Optional<int?> BirthMinute { get; init; }
    [JsonPropertyName("gender")] public Optional<string?> Gender { get; init; }
    [JsonPropertyName("calendar_type")] public Optional<string?> CalendarType { get; init; }
    [JsonPropertyName("is_leap_month")] public Optional<bool?> IsLeapMonth { get; init; }
    [JsonPropertyName("time_correction")] public Optional<string?> TimeCorrection { get; init; }
    [JsonPropertyName("jasi_convention")] public Optional<string?> JasiConvention { get; init; }
    [JsonPropertyName("longitude")] public Optional<double?> Longitude { get; init; }
}

/// <summary><c>GET /v1/profiles</c> query, as sent: the application service parses and names a bad field.</summary>
public sealed record ProfileListQuery(string? Limit, string? Cursor, string? DayMasterElement, string? CreatedAfter, string? CreatedBefore);
