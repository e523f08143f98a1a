namespace Forge.Fortune.Domain.Saju.Astronomy;

/// <summary>
/// Julian Day arithmetic. Astronomy works in continuous days; DateTime (proleptic Gregorian) starts at
/// JD 1721425.5, so the conversion is exact to the tick and needs no calendar algorithm.
/// </summary>
public static class JulianDate
{
    /// <summary>JD of 0001-01-01T00:00 (proleptic Gregorian), i.e. of <see cref="DateTime.MinValue"/>.</summary>
    private const double JulianDayOfDateTimeMinValue = 1721425.5;

    /// <summary>J2000.0 = 2000-01-01T12:00 TT, the epoch of VSOP87 and of the IAU series.</summary>
    public const double J2000 = 2451545.0;

    public static double FromUtc(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
            throw new ArgumentException("Pass a UTC instant, not a local DateTime.", nameof(utc));
        return JulianDayOfDateTimeMinValue + utc.Ticks / (double)TimeSpan.TicksPerDay;
    }

    public static DateTime ToUtc(double julianDay)
    {
        var ticks = (long)Math.Round((julianDay - JulianDayOfDateTimeMinValue) * TimeSpan.TicksPerDay);
        return new DateTime(ticks, DateTimeKind.Utc);
    }

    /// <summary>
    /// Julian Day Number of a civil date: the integer JD of its noon. The sexagenary day cycle runs on it,
    /// so it is computed in integers (no floating point near day boundaries).
    /// </summary>
    public static long DayNumber(DateOnly date) => date.DayNumber + 1721426L;
}
