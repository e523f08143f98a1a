using System.Text.Json.Serialization;

namespace Forge.Fortune.Calculations;

/// <summary>The Saju object of <c>POST /v1/calculations/saju</c>.</summary>
public sealed record SajuChartDto(
    [property: JsonPropertyName("pillars")] PillarsDto Pillars,
    [property: JsonPropertyName("day_master")] string DayMaster,
    [property: JsonPropertyName("day_master_element")] string DayMasterElement,
    [property: JsonPropertyName("elements")] IReadOnlyDictionary<string, int> Elements,
    [property: JsonPropertyName("weakest_element")] string WeakestElement,
    [property: JsonPropertyName("ten_gods"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, TenGodsDto?>? TenGods,
    [property: JsonPropertyName("daeun"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DaeunDto? Daeun,
    [property: JsonPropertyName("conventions")] ConventionsDto Conventions);

public sealed record PillarsDto(
    [property: JsonPropertyName("year")] PillarDto Year,
    [property: JsonPropertyName("month")] PillarDto Month,
    [property: JsonPropertyName("day")] PillarDto Day,
    [property: JsonPropertyName("hour")] PillarDto? Hour);

public sealed record PillarDto(
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("stem")] StemDto Stem,
    [property: JsonPropertyName("branch")] BranchDto Branch,
    [property: JsonPropertyName("hidden_stems"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<HiddenStemDto>? HiddenStems);

public sealed record StemDto(
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("element")] string Element,
    [property: JsonPropertyName("yin_yang")] string YinYang);

public sealed record BranchDto(
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("element")] string Element,
    [property: JsonPropertyName("animal")] string Animal);

public sealed record HiddenStemDto(
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("ten_god")] string TenGod);

/// <summary>Ten gods of a position relative to the day master; <c>stem</c> is null for the day pillar.</summary>
public sealed record TenGodsDto(
    [property: JsonPropertyName("stem")] string? Stem,
    [property: JsonPropertyName("branch")] string Branch);

public sealed record DaeunDto(
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("start_age")] int StartAge,
    [property: JsonPropertyName("days_to_jeol")] double DaysToJeol,
    [property: JsonPropertyName("pillars")] IReadOnlyList<DaeunPillarDto> Pillars);

public sealed record DaeunPillarDto(
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("start_age")] int StartAge,
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("ten_gods")] TenGodsDto TenGods);

public sealed record ConventionsDto(
    [property: JsonPropertyName("calendar_type")] string CalendarType,
    [property: JsonPropertyName("time_correction")] string TimeCorrection,
    [property: JsonPropertyName("jasi_convention")] string JasiConvention,
    [property: JsonPropertyName("longitude"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Longitude,
    [property: JsonPropertyName("solar_birth_date")] string SolarBirthDate,
    [property: JsonPropertyName("birth_instant_utc"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? BirthInstantUtc,
    [property: JsonPropertyName("saju_year")] int SajuYear);
