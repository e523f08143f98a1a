using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

/// <summary>
/// 2024-03-10 is 癸酉, 2024-03-11 甲戌. At 23:30 on the 10th the hour is 子; the schools differ on the day
/// it belongs to: 癸 day → 子 hour stem 壬 (戊/癸 → 壬), 甲 day → 甲 (甲/己 → 甲).
/// </summary>
public class JasiConventionTests
{
    [Theory]
    [InlineData(JasiConvention.Split, "계유", "갑자")]        // 야자시: day stays, hour by the next day
    [InlineData(JasiConvention.Midnight, "계유", "임자")]     // day stays, hour by the same day
    [InlineData(JasiConvention.DayStart23, "갑술", "갑자")]   // the day has already turned
    public void Late_ja_hour_follows_the_convention(JasiConvention convention, string day, string hour)
    {
        var chart = SajuCalculator.Calculate(Charts.Request("2024-03-10 23:30") with { JasiConvention = convention });

        chart.Day.Pillar.Hangul.ShouldBe(day);
        chart.Hour!.Pillar.Hangul.ShouldBe(hour);
        chart.Conventions.JasiConvention.ShouldBe(convention);
    }

    [Theory]
    [InlineData(JasiConvention.Split)]
    [InlineData(JasiConvention.Midnight)]
    [InlineData(JasiConvention.DayStart23)]
    public void Early_ja_hour_after_midnight_is_the_same_under_every_convention(JasiConvention convention)
    {
        var chart = SajuCalculator.Calculate(Charts.Request("2024-03-11 00:30") with { JasiConvention = convention });

        chart.Day.Pillar.Hangul.ShouldBe("갑술");
        chart.Hour!.Pillar.Hangul.ShouldBe("갑자");
    }

    [Fact]
    public void Split_is_the_default() => new SajuRequest
    {
        BirthYear = 2000, BirthMonth = 1, BirthDay = 1, Gender = Gender.Male,
    }.JasiConvention.ShouldBe(JasiConvention.Split);

    [Theory]
    // Block edges: 子 23:00–00:59, 丑 01:00–02:59, …, 亥 21:00–22:59.
    [InlineData(22, 59, EarthlyBranch.Hae)]
    [InlineData(23, 0, EarthlyBranch.Ja)]
    [InlineData(0, 59, EarthlyBranch.Ja)]
    [InlineData(1, 0, EarthlyBranch.Chuk)]
    [InlineData(11, 0, EarthlyBranch.O)]
    [InlineData(12, 59, EarthlyBranch.O)]
    [InlineData(13, 0, EarthlyBranch.Mi)]
    public void Hour_branches_are_two_hour_blocks_from_23_00(int hour, int minute, EarthlyBranch branch) =>
        PillarRules.HourBranch(hour, minute).ShouldBe(branch);

    [Theory]
    // 오자둔: the 子 hour stem for each day stem.
    [InlineData(HeavenlyStem.Gap, HeavenlyStem.Gap)]
    [InlineData(HeavenlyStem.Gi, HeavenlyStem.Gap)]
    [InlineData(HeavenlyStem.Eul, HeavenlyStem.Byeong)]
    [InlineData(HeavenlyStem.Gyeong, HeavenlyStem.Byeong)]
    [InlineData(HeavenlyStem.Byeong, HeavenlyStem.Mu)]
    [InlineData(HeavenlyStem.Sin, HeavenlyStem.Mu)]
    [InlineData(HeavenlyStem.Jeong, HeavenlyStem.Gyeong)]
    [InlineData(HeavenlyStem.Im, HeavenlyStem.Gyeong)]
    [InlineData(HeavenlyStem.Mu, HeavenlyStem.Im)]
    [InlineData(HeavenlyStem.Gye, HeavenlyStem.Im)]
    public void Ja_hour_stem_follows_ojadun(HeavenlyStem day, HeavenlyStem jaHourStem) =>
        PillarRules.HourPillar(day, EarthlyBranch.Ja).Stem.ShouldBe(jaHourStem);

    [Theory]
    // 오호둔: the 寅 month stem for each year stem.
    [InlineData(HeavenlyStem.Gap, HeavenlyStem.Byeong)]
    [InlineData(HeavenlyStem.Gi, HeavenlyStem.Byeong)]
    [InlineData(HeavenlyStem.Eul, HeavenlyStem.Mu)]
    [InlineData(HeavenlyStem.Gyeong, HeavenlyStem.Mu)]
    [InlineData(HeavenlyStem.Byeong, HeavenlyStem.Gyeong)]
    [InlineData(HeavenlyStem.Sin, HeavenlyStem.Gyeong)]
    [InlineData(HeavenlyStem.Jeong, HeavenlyStem.Im)]
    [InlineData(HeavenlyStem.Im, HeavenlyStem.Im)]
    [InlineData(HeavenlyStem.Mu, HeavenlyStem.Gap)]
    [InlineData(HeavenlyStem.Gye, HeavenlyStem.Gap)]
    public void In_month_stem_follows_ohodun(HeavenlyStem year, HeavenlyStem inMonthStem) =>
        PillarRules.MonthPillar(year, EarthlyBranch.In).Stem.ShouldBe(inMonthStem);
}
