using System.Collections.Concurrent;
using Forge.Fortune.Domain.Saju.Astronomy;

namespace Forge.Fortune.Domain.Saju;

/// <summary>A 節 and the UTC instant it begins.</summary>
public readonly record struct JeolInstant(Jeol Jeol, int Year, DateTime Utc);

/// <summary>
/// The instants of the twelve 節 of a Gregorian year, computed by our own ephemeris and cached: a year's
/// twelve terms never change, and a chart needs the terms of the birth year and its neighbours.
/// </summary>
public static class JeolCalendar
{
    private static readonly ConcurrentDictionary<int, JeolInstant[]> Cache = new();

    /// <summary>The twelve 節 of <paramref name="year"/>, in time order (소한 in early January first).</summary>
    public static IReadOnlyList<JeolInstant> Of(int year) => Cache.GetOrAdd(year, Compute);

    public static DateTime InstantOf(Jeol jeol, int year) => Of(year)[(int)jeol].Utc;

    /// <summary>The last 節 that began at or before <paramref name="utc"/>: the one whose month the instant is in.</summary>
    public static JeolInstant OnOrBefore(DateTime utc)
    {
        for (var year = utc.Year; ; year--)
        {
            var terms = Of(year);
            for (var i = terms.Count - 1; i >= 0; i--)
                if (terms[i].Utc <= utc)
                    return terms[i];
        }
    }

    /// <summary>The first 節 that begins strictly after <paramref name="utc"/>.</summary>
    public static JeolInstant After(DateTime utc)
    {
        for (var year = utc.Year; ; year++)
            foreach (var term in Of(year))
                if (term.Utc > utc)
                    return term;
    }

    private static JeolInstant[] Compute(int year) =>
        Enum.GetValues<Jeol>()
            .Select(j => new JeolInstant(j, year, SolarTermSolver.Solve(j.SolarLongitude(), j.ApproximateUtc(year))))
            .ToArray();
}
