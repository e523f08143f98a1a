using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Readings;

public class RelationTests
{
    [Theory]
    [InlineData("子午", true)] [InlineData("丑未", true)] [InlineData("寅申", true)]
    [InlineData("卯酉", true)] [InlineData("辰戌", true)] [InlineData("巳亥", true)]
    [InlineData("子丑", false)] [InlineData("寅午", false)] [InlineData("子子", false)]
    public void Clashes_are_the_six_opposite_pairs(string pair, bool clash)
    {
        var (a, b) = (Branch(pair[0]), Branch(pair[1]));
        PillarRelations.Clash(a, b).ShouldBe(clash);
        PillarRelations.Clash(b, a).ShouldBe(clash);
    }

    [Theory]
    [InlineData("子丑", true)] [InlineData("寅亥", true)] [InlineData("卯戌", true)]
    [InlineData("辰酉", true)] [InlineData("巳申", true)] [InlineData("午未", true)]
    [InlineData("子午", false)] [InlineData("寅卯", false)] [InlineData("亥子", false)]
    public void Six_combinations_are_the_classic_pairs(string pair, bool combines)
    {
        var (a, b) = (Branch(pair[0]), Branch(pair[1]));
        PillarRelations.SixCombination(a, b).ShouldBe(combines);
        PillarRelations.SixCombination(b, a).ShouldBe(combines);
    }

    [Fact]
    public void Stem_combinations_are_gap_gi_eul_gyeong_byeong_sin_jeong_im_mu_gye()
    {
        var pairs = Enum.GetValues<HeavenlyStem>().SelectMany(a => Enum.GetValues<HeavenlyStem>()
                .Where(b => a < b && PillarRelations.StemCombination(a, b)).Select(b => a.Hanja() + b.Hanja()));
        pairs.ShouldBe(["甲己", "乙庚", "丙辛", "丁壬", "戊癸"]);
    }

    [Fact]
    public void A_day_clashing_the_day_branch_reads_love_and_health_lower_than_a_day_combining_with_it()
    {
        // 庚午 辛巳 庚辰 癸未: day branch 辰. 酉 combines with it (辰酉合), 戌 clashes (辰戌沖); the 60-day
        // cycle puts a 戌 day right after every 酉 day.
        var chart = ReadingSamples.Gyeongjin();
        var combinationDay = ReadingSamples.FirstDayWithBranch(new DateOnly(2026, 3, 1), EarthlyBranch.Yu);
        var clashDay = combinationDay.AddDays(1);
        PillarRules.DayPillar(clashDay).Branch.ShouldBe(EarthlyBranch.Sul);

        var combined = BuiltinReadingEngine.Read(chart, FortuneType.Daily, combinationDay);
        var clashed = BuiltinReadingEngine.Read(chart, FortuneType.Daily, clashDay);

        combined.Factors.Select(f => f.Label).ShouldContain("일지 육합 (酉辰)");
        clashed.Factors.Select(f => f.Label).ShouldContain("일지 충 (戌辰)");
        clashed.Categories.Love.Score.ShouldBeLessThan(combined.Categories.Love.Score);
        clashed.Categories.Health.Score.ShouldBeLessThan(combined.Categories.Health.Score);
        clashed.Categories.Love.Description.ShouldContain("충");
        combined.Categories.Love.Description.ShouldContain("합");
    }

    [Fact]
    public void Across_many_charts_clash_days_average_lower_love_and_health_than_combination_days()
    {
        var clashLove = new List<int>(); var comboLove = new List<int>();
        var clashHealth = new List<int>(); var comboHealth = new List<int>();
        foreach (var chart in ReadingSamples.RandomCharts(100))
        {
            var dayBranch = chart.Day.Pillar.Branch;
            var clash = ReadingSamples.FirstDayWithBranch(new DateOnly(2026, 6, 1), EarthlyBranchInfo.FromIndex((int)dayBranch + 6));
            var combo = ReadingSamples.FirstDayWithBranch(new DateOnly(2026, 6, 1), EarthlyBranchInfo.FromIndex(13 - (int)dayBranch));
            var a = BuiltinReadingEngine.Read(chart, FortuneType.Daily, clash);
            var b = BuiltinReadingEngine.Read(chart, FortuneType.Daily, combo);
            a.Factors.ShouldContain(f => f.Theme == ReadingTheme.Clash);
            b.Factors.ShouldContain(f => f.Theme == ReadingTheme.Combination);
            clashLove.Add(a.Categories.Love.Score); comboLove.Add(b.Categories.Love.Score);
            clashHealth.Add(a.Categories.Health.Score); comboHealth.Add(b.Categories.Health.Score);
        }

        // Ten gods and other relations also move these categories, so compare on average, with a margin.
        (comboLove.Average() - clashLove.Average()).ShouldBeGreaterThan(10);
        (comboHealth.Average() - clashHealth.Average()).ShouldBeGreaterThan(5);
        clashLove.Zip(comboLove).Count(p => p.First < p.Second).ShouldBeGreaterThanOrEqualTo(95);
    }

    private static EarthlyBranch Branch(char hanja) =>
        Enum.GetValues<EarthlyBranch>().Single(b => b.Hanja() == hanja.ToString());
}
