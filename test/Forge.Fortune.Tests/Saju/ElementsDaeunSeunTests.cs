using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

public class ElementsDaeunSeunTests
{
    private static Pillar P(string hangul) =>
        Enumerable.Range(0, 60).Select(Pillar.FromSexagenaryIndex).Single(p => p.Hangul == hangul);

    [Fact]
    public void Weakest_element_breaks_ties_by_hidden_stems_then_by_element_order()
    {
        // 甲子 甲子 甲子 甲子: wood 4, water 4; fire, earth and metal all 0 on the surface. Hidden stems of
        // 子 are 壬癸 (water only), so the three stay tied and the fixed order 목화토금수 picks fire.
        ElementBalance.Weakest([P("갑자"), P("갑자"), P("갑자"), P("갑자")]).ShouldBe(FiveElement.Fire);

        // 丙寅 丙寅 丙寅: fire 3, wood 3; earth, metal, water 0. 寅 hides 戊丙甲, so earth has hidden roots
        // and metal (first of the unrooted metal and water) is the weakest.
        ElementBalance.Weakest([P("병인"), P("병인"), P("병인")]).ShouldBe(FiveElement.Metal);
    }

    [Fact]
    public void Weakest_element_of_the_docs_example_kind()
    {
        // The docs show a 병화 profile whose weakest element is water. 丙午 庚寅 丙午 甲午: earth and water
        // are both absent on the surface, but earth hides in 午 (己) and 寅 (戊); water has no root at all.
        ElementBalance.Weakest([P("병오"), P("경인"), P("병오"), P("갑오")]).ShouldBe(FiveElement.Water);
    }

    [Theory]
    // 1990 is 庚午 (yang): men go forward, women backward.
    [InlineData(Gender.Male, DaeunDirection.Forward, "임오")]
    [InlineData(Gender.Female, DaeunDirection.Backward, "경진")]
    public void Daeun_direction_follows_gender_and_year_polarity(Gender gender, DaeunDirection direction, string first)
    {
        var chart = Charts.Of("1990-05-15 14:30", gender);

        chart.Daeun.Direction.ShouldBe(direction);
        chart.Daeun.Pillars[0].Pillar.Hangul.ShouldBe(first);
        chart.Daeun.Pillars.Count.ShouldBe(10);
        for (var i = 1; i < 10; i++)
            chart.Daeun.Pillars[i].Pillar.ShouldBe(chart.Daeun.Pillars[i - 1].Pillar.Shift(direction == DaeunDirection.Forward ? 1 : -1));
    }

    [Fact]
    public void Daeun_start_age_is_days_to_the_jeol_over_three_rounded_half_up()
    {
        // Backward (woman, yang year): back to 입하 1990 (May 6 ~03:35 KST), ~9.5 days → 3.2 → 3.
        var chart = Charts.Of("1990-05-15 14:30", Gender.Female);
        chart.Daeun.ReferenceJeol.Jeol.ShouldBe(Jeol.Ipha);
        chart.Daeun.StartAge.ShouldBe((int)Math.Floor(chart.Daeun.DaysToJeol / 3 + 0.5));
        chart.Daeun.StartAge.ShouldBe(3);

        // Born 4.5 days (13.5 → 1.5 → rounds up to 2) and 1 day (0.33 → 0 → raised to 1) before a 節.
        var ipchu = JeolCalendar.InstantOf(Jeol.Ipchu, 2001); // 2001 辛巳 is yin: a woman goes forward
        SajuCalculator.Calculate(Charts.Request(Charts.KstMinute(ipchu.AddDays(-4.5)), Gender.Female)).Daeun.StartAge.ShouldBe(2);
        SajuCalculator.Calculate(Charts.Request(Charts.KstMinute(ipchu.AddDays(-1)), Gender.Female)).Daeun.StartAge.ShouldBe(1);
    }

    [Fact]
    public void Daeun_ten_gods_are_read_from_the_day_master()
    {
        var first = Charts.Of("1990-05-15 14:30").Daeun.Pillars[0]; // 壬午 against 庚
        first.StemTenGod.ShouldBe(TenGod.SikSin);
        first.BranchTenGod.ShouldBe(TenGod.JeongGwan);
    }

    [Theory]
    [InlineData(2024, "갑진", TenGod.PyeonJae, TenGod.PyeonIn)]  // 甲 wood is controlled by 庚; 辰's 戊 produces it
    [InlineData(2025, "을사", TenGod.JeongJae, TenGod.PyeonGwan)]
    [InlineData(1984, "갑자", TenGod.PyeonJae, TenGod.SangGwan)]
    public void Seun_is_the_target_years_pillar_against_the_day_master(int year, string pillar, TenGod stem, TenGod branch)
    {
        var seun = Charts.Of("1990-05-15 14:30").SeunFor(year);

        seun.Pillar.Hangul.ShouldBe(pillar);
        seun.StemTenGod.ShouldBe(stem);
        seun.BranchTenGod.ShouldBe(branch);
    }

    [Fact]
    public void Seun_outside_the_range_is_refused_by_field() =>
        Should.Throw<SajuValidationException>(() => Seun.For(HeavenlyStem.Gap, 2101)).Field.ShouldBe("target_year");
}
