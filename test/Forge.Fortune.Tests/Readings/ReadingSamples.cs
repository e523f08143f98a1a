using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Readings;

/// <summary>Charts and dates for reading tests, built through the Saju engine itself.</summary>
internal static class ReadingSamples
{
    /// <summary>1990-05-15 14:30, male: 庚午 辛巳 庚辰 癸未 — day master 庚金, day branch 辰.</summary>
    public static SajuChart Gyeongjin() => SajuCalculator.Calculate(new SajuRequest
    {
        BirthYear = 1990, BirthMonth = 5, BirthDay = 15, BirthHour = 14, BirthMinute = 30, Gender = Gender.Male,
    });

    /// <summary>
    /// <paramref name="count"/> charts from a fixed-seed generator (the test data is random-looking but the
    /// same on every run): births 1940–2015, a quarter without a birth hour.
    /// </summary>
    public static IReadOnlyList<SajuChart> RandomCharts(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var charts = new List<SajuChart>(count);
        while (charts.Count < count)
        {
            var year = random.Next(1940, 2016);
            var month = random.Next(1, 13);
            charts.Add(SajuCalculator.Calculate(new SajuRequest
            {
                BirthYear = year, BirthMonth = month, BirthDay = random.Next(1, DateTime.DaysInMonth(year, month) + 1),
                BirthHour = random.Next(4) == 0 ? null : random.Next(0, 24), BirthMinute = random.Next(0, 60),
                Gender = random.Next(2) == 0 ? Gender.Male : Gender.Female,
            }));
        }
        return charts;
    }

    public static IEnumerable<DateOnly> Days(DateOnly from, int count) => Enumerable.Range(0, count).Select(from.AddDays);

    /// <summary>The first date on or after <paramref name="from"/> whose day pillar has the given branch.</summary>
    public static DateOnly FirstDayWithBranch(DateOnly from, EarthlyBranch branch) =>
        Days(from, 12).First(d => PillarRules.DayPillar(d).Branch == branch);

    public static IEnumerable<FortuneReading> All(SajuChart chart, FortuneType type, IEnumerable<DateOnly> dates) =>
        dates.Select(d => BuiltinReadingEngine.Read(chart, type, d));

    public static double StandardDeviation(IReadOnlyCollection<int> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }
}
