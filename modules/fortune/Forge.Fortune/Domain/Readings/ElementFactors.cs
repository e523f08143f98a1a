using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// Element balance as a simple 용신 proxy: the chart NEEDS its weakest element (the engine's
/// <see cref="SajuChart.WeakestElement"/>) and has too much of its most frequent one when that appears
/// three or more times. A period that supplies the needed element restores balance; one that piles onto
/// the excess tips it further. The context pillars (the month and year around a day) count once, lightly.
/// </summary>
public static class ElementFactors
{
    public const int ExcessThreshold = 3;

    public static readonly CategoryScores NeededPerCharacter = new(5, 2, 0, 3, 0);
    public static readonly CategoryScores ExcessPerCharacter = new(-4, 0, 0, -3, 0);
    public static readonly CategoryScores NeededInContext = new(2, 0, 0, 0, 0);

    public static FiveElement Needed(INatalChart chart) => chart.WeakestElement;

    /// <summary>The most frequent surface element if it reaches the threshold; ties go to 목화토금수 order.</summary>
    public static FiveElement? Excess(INatalChart chart)
    {
        var top = Enum.GetValues<FiveElement>().OrderByDescending(e => chart.Elements[e]).ThenBy(e => (int)e).First();
        return chart.Elements[top] >= ExcessThreshold ? top : null;
    }

    public static IEnumerable<ReadingFactor> Of(INatalChart chart, ReadingPeriod period)
    {
        var needed = Needed(chart);
        var neededCount = Count(period.Focus, needed);
        if (neededCount > 0)
            yield return new(ReadingTheme.NeededElement,
                $"필요 오행 {Name(needed)} 보충 ×{neededCount}", NeededPerCharacter * neededCount);

        if (Excess(chart) is { } excess && Count(period.Focus, excess) is var excessCount and > 0)
            yield return new(ReadingTheme.ExcessElement,
                $"과다 오행 {Name(excess)} 가중 ×{excessCount}", ExcessPerCharacter * excessCount);

        if (period.Context.Any(p => Count(p, needed) > 0))
            yield return new(ReadingTheme.NeededElement, $"배경 기운에 {Name(needed)} 있음", NeededInContext);
    }

    private static int Count(Pillar pillar, FiveElement element) =>
        (pillar.Stem.Element() == element ? 1 : 0) + (pillar.Branch.Element() == element ? 1 : 0);

    private static string Name(FiveElement e) => $"{e.Hangul()}({e.Hanja()})";
}
