using Forge.Fortune.Domain.Saju.Astronomy;

namespace Forge.Fortune.Domain.Saju;

/// <summary>The four pillars of a birth, and which 節 month and saju year they were read in.</summary>
public sealed record FourPillars(Pillar Year, Pillar Month, Pillar Day, Pillar? Hour, int SajuYear, JeolInstant MonthJeol);

/// <summary>
/// The rules that turn a resolved birth time into pillars. Year and month compare the birth INSTANT with
/// the 節 instants (the Sun's position does not care about clocks); day and hour are read on the local
/// clock the <see cref="BirthTime"/> carries.
/// </summary>
public static class PillarRules
{
    /// <summary>Offset that puts 1900-01-01 (JDN 2415021) on 甲戌 (index 10): (2415021 + 49) mod 60 = 10.</summary>
    private const int DayCycleOffset = 49;

    public static FourPillars Compute(BirthTime time, bool hourKnown, JasiConvention jasi)
    {
        var sajuYear = SajuYear(time.InstantUtc);
        var year = YearPillar(sajuYear);
        var monthJeol = JeolCalendar.OnOrBefore(time.InstantUtc);
        var month = MonthPillar(year.Stem, monthJeol.Jeol.MonthBranch());

        var local = time.LocalClockForDayAndHour;
        var date = DateOnly.FromDateTime(local);
        if (!hourKnown)
            return new(year, month, DayPillar(date), null, sajuYear, monthJeol);

        // 23:00–23:59 is the first half of the next day's 子 hour; the schools differ on what it belongs to.
        var lateJa = local.Hour == 23;
        var dayPillarDate = lateJa && jasi == JasiConvention.DayStart23 ? date.AddDays(1) : date;
        var hourStemDate = lateJa && jasi != JasiConvention.Midnight ? date.AddDays(1) : date;

        var hour = HourPillar(DayPillar(hourStemDate).Stem, HourBranch(local.Hour, local.Minute));
        return new(year, month, DayPillar(dayPillarDate), hour, sajuYear, monthJeol);
    }

    /// <summary>The saju year changes at the 입춘 instant, not on 1 January or the lunar new year.</summary>
    public static int SajuYear(DateTime instantUtc) =>
        instantUtc >= JeolCalendar.InstantOf(Jeol.Ipchun, instantUtc.Year) ? instantUtc.Year : instantUtc.Year - 1;

    /// <summary>1984 was 甲子, index 0, so year Y has index Y − 4 (mod 60).</summary>
    public static Pillar YearPillar(int sajuYear) => Pillar.FromSexagenaryIndex(sajuYear - 4);

    /// <summary>
    /// 오호둔 (五虎遁): the 寅 month's stem follows the year stem — 甲/己 → 丙, 乙/庚 → 戊, 丙/辛 → 庚,
    /// 丁/壬 → 壬, 戊/癸 → 甲 — and later months count on from 寅.
    /// </summary>
    public static Pillar MonthPillar(HeavenlyStem yearStem, EarthlyBranch monthBranch)
    {
        var inMonthStem = (int)yearStem % 5 * 2 + 2;
        var monthsAfterIn = HeavenlyStemInfo.Modulo((int)monthBranch - (int)EarthlyBranch.In, 12);
        return new(HeavenlyStemInfo.FromIndex(inMonthStem + monthsAfterIn), monthBranch);
    }

    /// <summary>The sexagenary day count has run unbroken for millennia: one step per civil day.</summary>
    public static Pillar DayPillar(DateOnly date) =>
        Pillar.FromSexagenaryIndex((int)((JulianDate.DayNumber(date) + DayCycleOffset) % 60));

    /// <summary>Two-hour blocks starting at 23:00: 子 23:00–00:59, 丑 01:00–02:59, … 亥 21:00–22:59.</summary>
    public static EarthlyBranch HourBranch(int hour, int minute) =>
        EarthlyBranchInfo.FromIndex((hour * 60 + minute + 60) % 1440 / 120);

    /// <summary>
    /// 오자둔 (五子遁): the 子 hour's stem follows the day stem — 甲/己 → 甲, 乙/庚 → 丙, 丙/辛 → 戊,
    /// 丁/壬 → 庚, 戊/癸 → 壬 — and later hours count on from 子.
    /// </summary>
    public static Pillar HourPillar(HeavenlyStem dayStem, EarthlyBranch hourBranch) =>
        new(HeavenlyStemInfo.FromIndex((int)dayStem % 5 * 2 + (int)hourBranch), hourBranch);
}
