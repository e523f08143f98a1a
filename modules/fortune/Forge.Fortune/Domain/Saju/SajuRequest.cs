namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// Birth data as the product takes it: a Korean wall-clock date and (optional) time, plus the conventions
/// to read it with. Ranges are checked by <see cref="SajuCalculator"/>, not here, so that one place owns
/// the validation messages.
/// </summary>
public sealed record SajuRequest
{
    public required int BirthYear { get; init; }
    public required int BirthMonth { get; init; }
    public required int BirthDay { get; init; }

    /// <summary>0–23; null when unknown, which yields three pillars.</summary>
    public int? BirthHour { get; init; }

    /// <summary>0–59; ignored when the hour is unknown.</summary>
    public int BirthMinute { get; init; }

    /// <summary>Drives the direction of 대운.</summary>
    public required Gender Gender { get; init; }

    public CalendarType CalendarType { get; init; } = CalendarType.Solar;

    /// <summary>Only meaningful for lunar dates: the month is the intercalary (윤) one.</summary>
    public bool IsLeapMonth { get; init; }

    public TimeCorrection TimeCorrection { get; init; } = TimeCorrection.None;

    public JasiConvention JasiConvention { get; init; } = JasiConvention.Split;

    /// <summary>East longitude in degrees for <see cref="TimeCorrection.TrueSolar"/>; defaults to Seoul.</summary>
    public double? Longitude { get; init; }

    /// <summary>Seoul City Hall, 126.978°E.</summary>
    public const double SeoulLongitude = 126.978;
}
