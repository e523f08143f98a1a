using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// One 節 month of a saju year read against a chart: the 節 that opens it, its first day (KST), its pillar
/// (오호둔 from the year stem) with the pillar's ten gods, and the built-in engine's score and summary.
/// </summary>
public sealed record MonthReading(
    int Order,
    JeolInstant Jeol,
    DateOnly StartDate,
    Pillar Pillar,
    TenGod StemTenGod,
    TenGod BranchTenGod,
    int Score,
    string Description);

/// <summary>
/// A year's fortune (세운) against a chart: the year's own reading (the same one a stored yearly fortune
/// holds) and its twelve 節 months, 입춘 of the year to 소한 of the next — the months a saju year has.
/// </summary>
public sealed record YearlyReading(Seun Seun, JeolInstant YearStart, FortuneReading Year, IReadOnlyList<MonthReading> Months)
{
    public const int MonthCount = 12;

    public static YearlyReading Read(INatalChart chart, int year)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var seun = Seun.For(chart.DayMaster, year);
        var reading = BuiltinReadingEngine.Read(chart, FortuneType.Yearly, new DateOnly(year, 1, 1));
        var months = new MonthReading[MonthCount];
        for (var i = 0; i < MonthCount; i++)
        {
            // 입춘 … 대설 of the year (Jeol 1–11), then 소한 of the next (Jeol 0): the 寅 … 丑 months.
            var jeol = i < MonthCount - 1 ? JeolCalendar.Of(year)[i + 1] : JeolCalendar.Of(year + 1)[0];
            months[i] = Month(chart, seun.Pillar, i + 1, jeol);
        }
        return new YearlyReading(seun, JeolCalendar.Of(year)[(int)Saju.Jeol.Ipchun], reading, months);
    }

    private static MonthReading Month(INatalChart chart, Pillar yearPillar, int order, JeolInstant jeol)
    {
        var pillar = PillarRules.MonthPillar(yearPillar.Stem, jeol.Jeol.MonthBranch());
        var start = LocalDate(jeol.Utc);
        // The month is read like a monthly fortune: its pillar in focus, the year's pillar around it.
        var period = new ReadingPeriod(FortuneType.Monthly, start, pillar, [yearPillar],
            $"J:{jeol.Year}-{jeol.Jeol.Hangul()}", $"{jeol.Jeol.Hangul()}부터 한 달인 {pillar.Hangul}월");
        var scored = ReadingScorer.Score(chart, period);
        return new MonthReading(order, jeol, start, pillar, TenGods.Of(chart.DayMaster, pillar.Stem),
            TenGods.Of(chart.DayMaster, pillar.Branch), scored.Score, ReadingText.Summary(chart, period, scored));
    }

    /// <summary>The 節's day on Korean clocks of the time (UTC+9, +8:30 in 1954–61, summer time where it applied).</summary>
    public static DateOnly LocalDate(DateTime utc)
    {
        var guess = utc.AddHours(9);
        return DateOnly.FromDateTime(utc + KoreanTimeHistory.UtcOffsetAt(guess));
    }
}
