using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>The factors that fired and the category scores they lead to.</summary>
public sealed record ScoredReading(IReadOnlyList<ReadingFactor> Factors, CategoryScores Categories, int Score);

/// <summary>
/// Scores a period against a chart. Every category starts at <see cref="Base"/> — a little above the
/// middle, because an ordinary day is an ordinary day, not a bad one — and receives, in this order:
/// the ten gods of the period's stem and branch (<see cref="TenGodEffects"/>), the clashes and
/// combinations with the natal pillars (<see cref="RelationFactors"/>, summed then bounded to
/// ±<see cref="RelationBound"/> so a chart with a repeated branch is not hit twice as hard), and the
/// element balance (<see cref="ElementFactors"/>). Results are clamped to 0–100. The headline score
/// weighs overall double against the four life areas.
/// </summary>
public static class ReadingScorer
{
    public const int Base = 60;
    public const int RelationBound = 20;

    public static ScoredReading Score(INatalChart chart, ReadingPeriod period)
    {
        var factors = new List<ReadingFactor>();
        var dayMaster = chart.DayMaster;

        var stemGod = TenGods.Of(dayMaster, period.Focus.Stem);
        var branchGod = TenGods.Of(dayMaster, period.Focus.Branch);
        factors.Add(new(TenGodEffects.Theme(stemGod), $"천간 {period.Focus.Stem.Hanja()}: {GodName(stemGod)}", TenGodEffects.Of(stemGod)));
        factors.Add(new(TenGodEffects.Theme(branchGod), $"지지 {period.Focus.Branch.Hanja()}: {GodName(branchGod)}", TenGodEffects.Of(branchGod)));

        factors.AddRange(RelationFactors.Of(chart, period.Focus));
        factors.AddRange(ElementFactors.Of(chart, period));

        var tenGodSum = Sum(factors.Where(f => f.IsTenGod));
        var relationSum = Sum(factors.Where(f => f.IsRelation)).Clamp(-RelationBound, RelationBound);
        var elementSum = Sum(factors.Where(f => !f.IsTenGod && !f.IsRelation));

        var categories = (CategoryScores.All(Base) + tenGodSum + relationSum + elementSum).Clamp(0, 100);
        var score = (int)Math.Round(
            (2.0 * categories.Overall + categories.Wealth + categories.Love + categories.Health + categories.Career) / 6,
            MidpointRounding.AwayFromZero);
        return new(factors, categories, score);
    }

    private static CategoryScores Sum(IEnumerable<ReadingFactor> factors) =>
        factors.Aggregate(CategoryScores.Zero, (sum, f) => sum + f.Adjustment);

    private static string GodName(TenGod god) => $"{god.Hangul()}({god.Hanja()})";
}
