using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

/// <summary>
/// Charts worked out by hand from the rules, independent of the engine's code paths:
///   year  = (saju year − 4) mod 60 in the 60-cycle (1984 = 甲子), the saju year changing at 입춘;
///   month = branch of the 節 month, stem by 오호둔 from the year stem;
///   day   = 2000-01-01 is 戊午 (index 54), counting one per civil day;
///   hour  = two-hour block from 23:00, stem by 오자둔 from the day stem.
/// </summary>
public class HandCheckedChartTests
{
    [Fact]
    public void A_date_well_inside_a_month()
    {
        // 1990-05-15 14:30 KST, male.
        // Year: after 입춘 1990 → 1990; 1986 mod 60 = 6 → 庚午.
        // Month: between 입하 (~May 6) and 망종 (~Jun 6) → 巳. 庚 year → 寅 month stem 戊 (乙/庚 → 戊);
        //   巳 is three months after 寅 → 戊+3 = 辛 → 辛巳.
        // Day: 1990-05-15 is 3,518 days before 2000-01-01; 54 − 3518 ≡ 54 − 38 = 16 (mod 60) → 庚辰.
        // Hour: 14:30 is in 未 (13:00–14:59). 庚 day → 子 hour stem 丙; 未 is 7 hours on → 丙+7 = 癸 → 癸未.
        var chart = Charts.Of("1990-05-15 14:30");

        chart.Hangul().ShouldBe("경오 신사 경진 계미");
        chart.Hanja().ShouldBe("庚午 辛巳 庚辰 癸未");
        chart.DayMasterName.ShouldBe("경금");
        chart.DayMasterElement.ShouldBe(FiveElement.Metal);

        // Surface elements: 庚 金, 午 火, 辛 金, 巳 火, 庚 金, 辰 土, 癸 水, 未 土.
        chart.Elements.ShouldBe(new ElementBalance(Wood: 0, Fire: 2, Earth: 2, Metal: 3, Water: 1));
        chart.WeakestElement.ShouldBe(FiveElement.Wood);

        // Ten gods from 庚 (yang metal): 庚 비견, 午(丁) 정관, 辛 겁재, 巳(丙) 편관, 辰(戊) 편인, 癸 상관, 未(己) 정인.
        string.Join(' ', chart.Pillars.Select(p => $"{p.StemTenGod?.Hangul() ?? "-"}/{p.BranchTenGod.Hangul()}"))
            .ShouldBe("비견/정관 겁재/편관 -/편인 상관/정인");

        // 대운: male + yang year stem 庚 → forward from 辛巳: 壬午 first. Next 節 is 망종 (1990-06-06 07:46
        // KST), 21.7 days away → 7.2 → 7.
        chart.Daeun.Direction.ShouldBe(DaeunDirection.Forward);
        chart.Daeun.ReferenceJeol.Jeol.ShouldBe(Jeol.Mangjong);
        chart.Daeun.StartAge.ShouldBe(7);
        chart.Daeun.Pillars.Select(p => p.Pillar.Hangul).Take(3).ShouldBe(["임오", "계미", "갑신"]);
        chart.Daeun.Pillars.Select(p => p.StartAge).ShouldBe([7, 17, 27, 37, 47, 57, 67, 77, 87, 97]);
    }

    [Fact]
    public void New_years_day_before_ipchun_belongs_to_the_previous_saju_year()
    {
        // 1990-01-01 12:00 KST, female.
        // Year: before 입춘 1990 → saju year 1989; 1985 mod 60 = 5 → 己巳 (not 庚午).
        // Month: before 소한 (~Jan 5) → still the 子 month opened by 대설 1989. 己 year → 寅 stem 丙;
        //   子 is ten months after 寅 → 丙+10 = 丙 → 丙子.
        // Day: 3,652 days before 2000-01-01; 54 − 52 = 2 → 丙寅.
        // Hour: 12:00 is in 午 (11:00–12:59). 丙 day → 子 hour stem 戊; 午 is 6 on → 甲 → 甲午.
        var chart = Charts.Of("1990-01-01 12:00", Gender.Female);

        chart.Hangul().ShouldBe("기사 병자 병인 갑오");
        chart.Conventions.SajuYear.ShouldBe(1989);
        chart.DayMasterName.ShouldBe("병화");

        // 대운: female + yin year stem 己 → forward: 丁丑 first. 소한 1990 is ~4.3 days away → 1.
        chart.Daeun.Direction.ShouldBe(DaeunDirection.Forward);
        chart.Daeun.StartAge.ShouldBe(1);
        chart.Daeun.Pillars[0].Pillar.Hangul.ShouldBe("정축");
    }

    [Fact]
    public void Without_a_birth_hour_there_are_three_pillars_and_six_characters()
    {
        var chart = SajuCalculator.Calculate(Charts.Request("1990-01-01 12:00") with { BirthHour = null });

        chart.Hour.ShouldBeNull();
        chart.Hangul().ShouldBe("기사 병자 병인");
        chart.Conventions.HourKnown.ShouldBeFalse();
        // 己 土, 巳 火, 丙 火, 子 水, 丙 火, 寅 木 → fire 3, and metal is absent: the weakest.
        chart.Elements.ShouldBe(new ElementBalance(Wood: 1, Fire: 3, Earth: 1, Metal: 0, Water: 1));
        chart.Elements.Total.ShouldBe(6);
        chart.WeakestElement.ShouldBe(FiveElement.Metal);
    }

    [Theory]
    // Independent anchors of the day count: 1900-01-01 甲戌 (the issue's anchor), 2000-01-01 戊午
    // (J2000.0 day, in every almanac), 1949-10-01 甲子 (the founding day of the PRC, famously a 甲子 day),
    // 2024-03-10 癸酉 (the manseryeok package's documented example).
    [InlineData("1900-01-01", "갑술")]
    [InlineData("2000-01-01", "무오")]
    [InlineData("1949-10-01", "갑자")]
    [InlineData("2024-03-10", "계유")]
    public void The_day_count_matches_known_dates(string date, string pillar) =>
        PillarRules.DayPillar(DateOnly.Parse(date)).Hangul.ShouldBe(pillar);
}
