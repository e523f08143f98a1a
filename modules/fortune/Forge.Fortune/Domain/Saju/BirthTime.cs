using Forge.Fortune.Domain.Saju.Astronomy;

namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// A birth time read under a <see cref="TimeCorrection"/>: the physical instant (compared with the 節
/// instants for the year and month pillars) and the local clock on which the day and hour boundaries are
/// read. Under None and Historical the local clock IS the wall clock — Korean practice reads the hour off
/// the clock people lived by — and only the instant changes; under TrueSolar it is local apparent solar
/// time at the birth longitude.
/// </summary>
public sealed record BirthTime(
    DateTime WallClock,
    DateTime InstantUtc,
    TimeSpan UtcOffset,
    DateTime LocalClockForDayAndHour,
    double? EquationOfTimeMinutes)
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static BirthTime Resolve(DateTime wallClock, TimeCorrection correction, double longitude)
    {
        wallClock = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (correction == TimeCorrection.None)
            return new(wallClock, Utc(wallClock - Kst), Kst, wallClock, null);

        // True solar time needs the real instant, so it starts from the historical offset too.
        var offset = KoreanTimeHistory.UtcOffsetAt(wallClock);
        var instant = Utc(wallClock - offset);
        if (correction == TimeCorrection.Historical)
            return new(wallClock, instant, offset, wallClock, null);

        // Local mean time runs 4 minutes per degree ahead of UTC; the equation of time turns it into the
        // apparent (sundial) time whose noon is the Sun's transit — what the 12 hours were counted by.
        var equationOfTime = SolarPosition.EquationOfTimeMinutes(instant);
        var apparent = instant + TimeSpan.FromMinutes(longitude * 4 + equationOfTime);
        return new(wallClock, instant, offset, DateTime.SpecifyKind(apparent, DateTimeKind.Unspecified), equationOfTime);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
