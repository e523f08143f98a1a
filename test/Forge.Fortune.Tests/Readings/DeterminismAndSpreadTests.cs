using Forge.Fortune.Domain.Readings;

namespace Forge.Fortune.Tests.Readings;

public class DeterminismAndSpreadTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    [Theory]
    [InlineData(FortuneType.Daily)]
    [InlineData(FortuneType.Monthly)]
    [InlineData(FortuneType.Yearly)]
    public void Same_inputs_give_an_identical_reading(FortuneType type)
    {
        var chart = ReadingSamples.Gyeongjin();
        var first = BuiltinReadingEngine.Read(chart, type, Start);
        var second = BuiltinReadingEngine.Read(ReadingSamples.Gyeongjin(), type, Start);

        second.Score.ShouldBe(first.Score);
        second.Summary.ShouldBe(first.Summary);
        second.Categories.ShouldBe(first.Categories);
        second.LuckyItems.Numbers.ShouldBe(first.LuckyItems.Numbers);
        second.Factors.ShouldBe(first.Factors);
    }

    [Fact]
    public void The_seed_is_a_canonical_string_not_a_per_process_hash()
    {
        var chart = ReadingSamples.Gyeongjin();
        BuiltinReadingEngine.Seed(chart, ReadingPeriod.For(FortuneType.Daily, Start))
            .ShouldBe("builtin-v1|庚午 辛巳 庚辰 癸未|D:2026-03-01");
    }

    [Fact]
    public void Different_charts_on_the_same_day_read_differently()
    {
        var readings = ReadingSamples.RandomCharts(100).Select(c => BuiltinReadingEngine.Read(c, FortuneType.Daily, Start)).ToList();

        readings.Select(r => r.Score).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        readings.Select(r => r.Summary).Distinct().Count().ShouldBeGreaterThanOrEqualTo(30);
        readings.Select(r => string.Join(",", r.LuckyItems.Numbers)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void One_chart_on_different_days_reads_differently()
    {
        var readings = ReadingSamples.All(ReadingSamples.Gyeongjin(), FortuneType.Daily, ReadingSamples.Days(Start, 30)).ToList();

        readings.Select(r => r.Score).Distinct().Count().ShouldBeGreaterThanOrEqualTo(6);
        readings.Select(r => r.Summary + r.Categories).Distinct().Count().ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Scores_over_100_charts_by_30_days_spread_over_a_reasonable_range()
    {
        var readings = ReadingSamples.RandomCharts(100)
            .SelectMany(c => ReadingSamples.All(c, FortuneType.Daily, ReadingSamples.Days(Start, 30)))
            .ToList();
        var scores = readings.Select(r => r.Score).ToList();
        var love = readings.Select(r => r.Categories.Love.Score).ToList();
        var wealth = readings.Select(r => r.Categories.Wealth.Score).ToList();

        // Measured when written: headline sd ≈ 5.9 over 43–84, love and wealth sd ≈ 9. The bounds leave
        // room for retuning but catch a collapse to "everyone gets 60".
        scores.Distinct().Count().ShouldBeGreaterThanOrEqualTo(25);
        ReadingSamples.StandardDeviation(scores).ShouldBeGreaterThan(4.5);
        (scores.Max() - scores.Min()).ShouldBeGreaterThanOrEqualTo(30);
        ReadingSamples.StandardDeviation(love).ShouldBeGreaterThan(6.0);
        ReadingSamples.StandardDeviation(wealth).ShouldBeGreaterThan(6.0);
        readings.Select(r => r.Summary).Distinct().Count().ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Every_score_is_within_0_to_100()
    {
        var readings = ReadingSamples.RandomCharts(60)
            .SelectMany(c => Enum.GetValues<FortuneType>().SelectMany(t =>
                ReadingSamples.All(c, t, ReadingSamples.Days(new DateOnly(2025, 1, 1), 400).Where((_, i) => i % 7 == 0))));

        foreach (var r in readings)
        {
            r.Score.ShouldBeInRange(0, 100);
            foreach (var (_, category) in r.Categories.All)
                category.Score.ShouldBeInRange(0, 100);
        }
    }
}
