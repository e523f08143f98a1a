using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// The reading engine used when no AI provider is configured: a pure function of the natal chart, the
/// fortune type and the target date. Nothing here reads the clock or a random source, so the same inputs
/// always give the same reading — which is what lets the API cache fortunes by their conditions.
/// </summary>
public static class BuiltinReadingEngine
{
    public const string EngineName = "builtin";

    /// <summary>Versioned so that a future rule change can also change the lucky numbers' seed.</summary>
    public const string RulesVersion = "builtin-v1";

    public const string Disclaimer = "이 풀이는 명리학 규칙에 따라 자동으로 계산된 결과이며, AI가 작성한 해석이 아닙니다. 참고용으로만 활용하세요.";

    public static FortuneReading Read(INatalChart chart, FortuneType type, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var period = ReadingPeriod.For(type, date);
        var scored = ReadingScorer.Score(chart, period);

        CategoryReading Category(FortuneCategory c) => new(scored.Categories[c], ReadingText.Description(c, scored, chart));
        var categories = new FortuneCategories(
            Category(FortuneCategory.Overall), Category(FortuneCategory.Wealth), Category(FortuneCategory.Love),
            Category(FortuneCategory.Health), Category(FortuneCategory.Career));

        var needed = ElementFactors.Needed(chart);
        var lucky = LuckyItems.For(needed, Seed(chart, period));

        return new(type, date, period, scored.Score, ReadingText.Summary(chart, period, scored), categories, lucky,
            scored.Factors, needed, EngineName, Disclaimer);
    }

    /// <summary>
    /// The canonical string the lucky numbers hash: rules version, the chart's pillars and the period key
    /// (a yearly key is the year alone, so a year's numbers do not change with the day it is asked on).
    /// </summary>
    public static string Seed(INatalChart chart, ReadingPeriod period) =>
        $"{RulesVersion}|{string.Join(' ', chart.Pillars.Select(p => p.Pillar.Hanja))}|{period.Key}";
}
