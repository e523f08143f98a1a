namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// What kind of influence a factor is; the phrase tables are keyed by it, so the text follows the
/// factor that moved a category most.
/// </summary>
public enum ReadingTheme
{
    Companion,        // 비견·겁재: peers, competition, spending
    Output,           // 식신·상관: expression, charm, talent
    Wealth,           // 편재·정재: money and its flow
    Officer,          // 편관·정관: duty, authority, pressure
    Resource,         // 편인·정인: support, learning, rest
    Clash,            // 충 with the natal day branch
    Combination,      // 육합 with the natal day branch
    OtherClash,       // 충 with another natal branch
    OtherCombination, // 육합 with another natal branch
    StemCombination,  // 천간합 with a natal stem
    NeededElement,    // the period supplies the chart's needed element
    ExcessElement,    // the period adds to the chart's excess element
}

/// <summary>
/// One rule that fired, with its Korean label (e.g. "일지 충 (子午)") and what it added to each category —
/// returned with the reading so a caller can show why the scores are what they are.
/// </summary>
public sealed record ReadingFactor(ReadingTheme Theme, string Label, CategoryScores Adjustment)
{
    /// <summary>Companion … Resource come from the period's ten gods; the rest from relations and elements.</summary>
    public bool IsTenGod => Theme <= ReadingTheme.Resource;

    public bool IsRelation => Theme is >= ReadingTheme.Clash and <= ReadingTheme.StemCombination;

    /// <summary>How much the factor moves the reading in all, whatever the direction.</summary>
    public int Weight => Enum.GetValues<FortuneCategory>().Sum(c => Math.Abs(Adjustment[c]));
}
