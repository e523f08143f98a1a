namespace Forge.Fortune.Domain.Profiles;

/// <summary>The birth data of a profile as the caller gave it (wire values), stored encrypted as one value.</summary>
public sealed record BirthData(
    int Year,
    int Month,
    int Day,
    int? Hour,
    int? Minute,
    string CalendarType,
    bool IsLeapMonth,
    string TimeCorrection,
    string JasiConvention,
    double? Longitude);
