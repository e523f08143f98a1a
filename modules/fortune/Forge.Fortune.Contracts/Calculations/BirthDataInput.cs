using System.Text.Json.Serialization;

namespace Forge.Fortune.Calculations;

/// <summary>
/// The birth fields every Fortune endpoint that takes a birth takes (calculations, profiles).
/// Nullable so a missing field is told apart from a wrong one; the application layer validates.
/// </summary>
public record BirthDataInput
{
    [JsonPropertyName("birth_year")] public int? BirthYear { get; init; }
    [JsonPropertyName("birth_month")] public int? BirthMonth { get; init; }
    [JsonPropertyName("birth_day")] public int? BirthDay { get; init; }
    [JsonPropertyName("birth_hour")] public int? BirthHour { get; init; }
    [JsonPropertyName("birth_minute")] public int? BirthMinute { get; init; }
    [JsonPropertyName("gender")] public string? Gender { get; init; }
    [JsonPropertyName("calendar_type")] public string? CalendarType { get; init; }
    [JsonPropertyName("is_leap_month")] public bool? IsLeapMonth { get; init; }
    [JsonPropertyName("time_correction")] public string? TimeCorrection { get; init; }
    [JsonPropertyName("jasi_convention")] public string? JasiConvention { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
}
