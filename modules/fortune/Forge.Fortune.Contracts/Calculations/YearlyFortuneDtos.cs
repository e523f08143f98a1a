using System.Text.Json.Serialization;
using Forge.Fortune.Fortunes;

namespace Forge.Fortune.Calculations;

/// <summary><c>POST /v1/calculations/yearly</c> body (C-yearly): the birth, the year, the model.</summary>
public sealed record YearlyCalculationInput : BirthDataInput
{
    [JsonPropertyName("target_year")] public int? TargetYear { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
}

/// <summary>
/// The YearlyFortune (ADR 15): the chart, the year's 세운 pillar, the year's reading by <c>engine</c>, and the
/// twelve 節 months of that saju year — always computed by the built-in engine (<c>months_engine</c>).
/// </summary>
public sealed record YearlyFortuneDto(
    [property: JsonPropertyName("target_year")] int TargetYear,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("chart")] SajuChartDto Chart,
    [property: JsonPropertyName("seun")] SeunDto Seun,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("categories")] FortuneCategoriesDto Categories,
    [property: JsonPropertyName("lucky_items")] LuckyItemsDto LuckyItems,
    [property: JsonPropertyName("months")] IReadOnlyList<MonthFortuneDto> Months,
    [property: JsonPropertyName("months_engine")] string MonthsEngine,
    [property: JsonPropertyName("disclaimer")] string Disclaimer);

/// <summary>세운: the year's pillar, in force from its 입춘 (<c>starts_at</c>), with its ten gods.</summary>
public sealed record SeunDto(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("hangul")] string Hangul,
    [property: JsonPropertyName("hanja")] string Hanja,
    [property: JsonPropertyName("ten_gods")] TenGodsDto TenGods,
    [property: JsonPropertyName("starts_at")] DateTimeOffset StartsAt);

/// <summary>One 節 month: <c>month</c> 1 = the 寅 month opened by 입춘 … 12 = the 丑 month opened by the next 소한.</summary>
public sealed record MonthFortuneDto(
    [property: JsonPropertyName("month")] int Month,
    [property: JsonPropertyName("solar_term")] string SolarTerm,
    [property: JsonPropertyName("solar_term_hanja")] string SolarTermHanja,
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("starts_at")] DateTimeOffset StartsAt,
    [property: JsonPropertyName("pillar")] string Pillar,
    [property: JsonPropertyName("pillar_hanja")] string PillarHanja,
    [property: JsonPropertyName("ten_gods")] TenGodsDto TenGods,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("description")] string Description);
