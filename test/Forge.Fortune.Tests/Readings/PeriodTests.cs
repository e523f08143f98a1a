using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Readings;

public class PeriodTests
{
    [Fact]
    public void Yearly_reads_the_seun_pillar_and_is_the_same_all_year()
    {
        var chart = ReadingSamples.Gyeongjin();
        var march = BuiltinReadingEngine.Read(chart, FortuneType.Yearly, new DateOnly(2026, 3, 1));
        var december = BuiltinReadingEngine.Read(chart, FortuneType.Yearly, new DateOnly(2026, 12, 31));

        march.Period.Focus.ShouldBe(chart.SeunFor(2026).Pillar);
        march.Period.Focus.Hanja.ShouldBe("丙午");
        december.Score.ShouldBe(march.Score);
        december.Summary.ShouldBe(march.Summary);
        december.LuckyItems.Numbers.ShouldBe(march.LuckyItems.Numbers);
        march.Factors[0].Label.ShouldBe($"천간 丙: {chart.SeunFor(2026).StemTenGod.Hangul()}({chart.SeunFor(2026).StemTenGod.Hanja()})");
        march.Summary.ShouldStartWith("2026년(병오년)은");
    }

    [Fact]
    public void Daily_reads_the_day_pillar_with_its_month_and_year_as_context()
    {
        var period = ReadingPeriod.For(FortuneType.Daily, new DateOnly(2026, 3, 1));

        period.Focus.ShouldBe(PillarRules.DayPillar(new DateOnly(2026, 3, 1)));
        // 2026-03-01 is after 입춘 (Feb 4) and before 경칩 (Mar 5): 丙午 year, 庚寅 month.
        period.Context.Select(p => p.Hanja).ShouldBe(["庚寅", "丙午"]);
        period.Key.ShouldBe("D:2026-03-01");
    }

    [Fact]
    public void Daily_before_ipchun_is_still_in_the_previous_saju_year()
    {
        // 2026-01-20: after 소한, before 입춘 — the 丑 month of 乙巳 (2025): 己丑.
        var period = ReadingPeriod.For(FortuneType.Daily, new DateOnly(2026, 1, 20));
        period.Context.Select(p => p.Hanja).ShouldBe(["己丑", "乙巳"]);
    }

    [Fact]
    public void Monthly_reads_the_jeol_month_in_force_at_mid_month()
    {
        // Mid-May 2026 lies between 입하 (May 5) and 망종 (Jun 6): the 巳 month of 丙午, 癸巳.
        var early = ReadingPeriod.For(FortuneType.Monthly, new DateOnly(2026, 5, 1));
        var late = ReadingPeriod.For(FortuneType.Monthly, new DateOnly(2026, 5, 31));

        early.Focus.Hanja.ShouldBe("癸巳");
        late.Focus.ShouldBe(early.Focus);
        late.Key.ShouldBe("M:2026-05");
        early.Context.Select(p => p.Hanja).ShouldBe(["丙午"]);
    }

    [Fact]
    public void Dates_outside_the_engine_range_are_rejected()
    {
        Should.Throw<SajuValidationException>(() => ReadingPeriod.For(FortuneType.Daily, new DateOnly(1899, 12, 31)));
        Should.Throw<SajuValidationException>(() => ReadingPeriod.For(FortuneType.Yearly, new DateOnly(2101, 1, 1)));
    }
}
