using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// The pillars a fortune period brings. <see cref="Focus"/> is the period's own pillar (일진, 월운 or 세운)
/// and drives the ten gods and the clashes/combinations; <see cref="Context"/> are the larger pillars in
/// force at the same time (the month and year of a day, the year of a month), which only colour the
/// element balance — a day is lived inside its month, but it is the day pillar that changes day to day.
/// </summary>
public sealed record ReadingPeriod(
    FortuneType Type,
    DateOnly Date,
    Pillar Focus,
    IReadOnlyList<Pillar> Context,
    string Key,
    string KoreanName)
{
    /// <summary>
    /// Month and year are read at 12:00 KST (03:00 UTC) of the date — the same reference the chart engine
    /// uses for an unknown birth hour, so a 節 day belongs to whichever month holds most of it.
    /// </summary>
    private static readonly TimeOnly NoonKstInUtc = new(3, 0);

    public static ReadingPeriod For(FortuneType type, DateOnly date)
    {
        if (date.Year is < SajuCalculator.MinYear or > SajuCalculator.MaxYear)
            throw new SajuValidationException("fortune_date",
                $"fortune_date must be between {SajuCalculator.MinYear} and {SajuCalculator.MaxYear}.");

        switch (type)
        {
            case FortuneType.Daily:
            {
                var (month, year) = MonthAndYearAt(date);
                var day = PillarRules.DayPillar(date);
                return new(type, date, day, [month, year], $"D:{date:yyyy-MM-dd}",
                    $"{date.Year}년 {date.Month}월 {date.Day}일({day.Hangul}일)");
            }
            case FortuneType.Monthly:
            {
                // Calendar months and 節 months overlap by about three weeks; mid-month is always inside the
                // 節 month that covers most of the calendar month.
                var (month, year) = MonthAndYearAt(new DateOnly(date.Year, date.Month, 15));
                return new(type, date, month, [year], $"M:{date:yyyy-MM}",
                    $"{date.Year}년 {date.Month}월({month.Hangul}월)");
            }
            default:
            {
                // 세운: the Gregorian year's pillar, in force from its 입춘 (see Seun).
                var year = PillarRules.YearPillar(date.Year);
                return new(type, date, year, [], $"Y:{date.Year}", $"{date.Year}년({year.Hangul}년)");
            }
        }
    }

    private static (Pillar Month, Pillar Year) MonthAndYearAt(DateOnly date)
    {
        var instant = DateTime.SpecifyKind(date.ToDateTime(NoonKstInUtc), DateTimeKind.Utc);
        var year = PillarRules.YearPillar(PillarRules.SajuYear(instant));
        var month = PillarRules.MonthPillar(year.Stem, JeolCalendar.OnOrBefore(instant).Jeol.MonthBranch());
        return (month, year);
    }
}
