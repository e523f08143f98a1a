using System.Collections.Concurrent;
using Forge.Fortune.Domain.Saju.Astronomy;

namespace Forge.Fortune.Domain.Saju;

/// <summary>A 節 and the UTC instant it begins.</summary>
public readonly record struct JeolInstant(Jeol Jeol, int Year, DateTime Utc);

/// <summary>
/// The instants of the twelve 節 of a Gregorian year, computed by our own ephemeris and cached: a year's
/// twelve terms never change, and a chart needs the terms of the birth year and its neighbours. The
/// engine's years (and one either side) sit in a plain array — a chart looks terms up three or four times,
/// and a dictionary lookup each time was a measurable share of the chart's cost.
/// </summary>
public static class JeolCalendar
{
    private const int FirstArrayYear = SajuCalculator.MinYear - 1;
    private static readonly JeolInstant[]?[] EngineYears = new JeolInstant[SajuCalculator.MaxYear + 2 - FirstArrayYear][];
    private static readonly ConcurrentDictionary<int, JeolInstant[]> OtherYears = new();

    /// <summary>The twelve 節 of <paramref name="year"/>, in time order (소한 in early January first).</summary>
    public static IReadOnlyList<JeolInstant> Of(int year) => Terms(year);

    public static DateTime InstantOf(Jeol jeol, int year) => Terms(year)[(int)jeol].Utc;

    /// <summary>The last 節 that began at or before <paramref name="utc"/>: the one whose month the instant is in.</summary>
    public static JeolInstant OnOrBefore(DateTime utc)
    {
        for (var year = utc.Year; ; year--)
        {
            var terms = Terms(year);
            for (var i = terms.Length - 1; i >= 0; i--)
                if (terms[i].Utc <= utc)
                    return terms[i];
        }
    }

    /// <summary>The first 節 that begins strictly after <paramref name="utc"/>.</summary>
    public static JeolInstant After(DateTime utc)
    {
        for (var year = utc.Year; ; year++)
            foreach (var term in Terms(year))
                if (term.Utc > utc)
                    return term;
    }

    private static JeolInstant[] Terms(int year)
    {
        var slot = year - FirstArrayYear;
        if ((uint)slot >= (uint)EngineYears.Length) return OtherYears.GetOrAdd(year, Compute);
        // Two threads may both compute a missing year; they store equal arrays, so the race is harmless.
        return Volatile.Read(ref EngineYears[slot]) ?? (EngineYears[slot] = Compute(year));
    }

    private static JeolInstant[] Compute(int year) =>
        Enum.GetValues<Jeol>()
            .Select(j => new JeolInstant(j, year, SolarTermSolver.Solve(j.SolarLongitude(), j.ApproximateUtc(year))))
            .ToArray();
}
