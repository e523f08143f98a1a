using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// Clashes and combinations between the period's pillar and the natal pillars. The day branch (일지, the
/// "spouse palace" and the body's own seat) weighs most: a clash there unsettles relationships and
/// health, a combination draws people close. The other natal branches move the overall tone a little; a
/// stem combining with the day master (일간 합) is a pull toward someone or something new.
/// </summary>
public static class RelationFactors
{
    public static readonly CategoryScores DayBranchClash = new(-8, -3, -16, -12, 0);
    public static readonly CategoryScores DayBranchCombination = new(8, 3, 14, 4, 0);
    public static readonly CategoryScores OtherBranchClash = new(-4, 0, 0, -3, -3);
    public static readonly CategoryScores OtherBranchCombination = new(4, 0, 3, 0, 3);
    public static readonly CategoryScores DayMasterCombination = new(5, 0, 8, 0, 0);
    public static readonly CategoryScores OtherStemCombination = new(3, 0, 0, 0, 3);

    private static readonly string[] PositionNames = ["년", "월", "일", "시"];

    public static IEnumerable<ReadingFactor> Of(INatalChart chart, Pillar focus)
    {
        foreach (var natal in chart.Pillars)
        {
            var branch = natal.Pillar.Branch;
            var place = PositionNames[(int)natal.Position];
            var isDay = natal.Position == PillarPosition.Day;

            if (PillarRelations.Clash(focus.Branch, branch))
                yield return new(isDay ? ReadingTheme.Clash : ReadingTheme.OtherClash,
                    $"{place}지 충 ({PillarRelations.Pair(focus.Branch, branch)})",
                    isDay ? DayBranchClash : OtherBranchClash);
            else if (PillarRelations.SixCombination(focus.Branch, branch))
                yield return new(isDay ? ReadingTheme.Combination : ReadingTheme.OtherCombination,
                    $"{place}지 육합 ({PillarRelations.Pair(focus.Branch, branch)})",
                    isDay ? DayBranchCombination : OtherBranchCombination);

            if (PillarRelations.StemCombination(focus.Stem, natal.Pillar.Stem))
                yield return new(ReadingTheme.StemCombination,
                    $"{(isDay ? "일간" : place + "간")} 천간합 ({PillarRelations.Pair(focus.Stem, natal.Pillar.Stem)})",
                    isDay ? DayMasterCombination : OtherStemCombination);
        }
    }
}
