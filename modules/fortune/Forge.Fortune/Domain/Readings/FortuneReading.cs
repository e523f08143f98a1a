using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>One category of a reading: the product's <c>{ score, description }</c>.</summary>
public sealed record CategoryReading(int Score, string Description);

/// <summary>The product's five <c>categories</c>, in key order.</summary>
public sealed record FortuneCategories(
    CategoryReading Overall,
    CategoryReading Wealth,
    CategoryReading Love,
    CategoryReading Health,
    CategoryReading Career)
{
    public CategoryReading this[FortuneCategory category] => category switch
    {
        FortuneCategory.Overall => Overall,
        FortuneCategory.Wealth => Wealth,
        FortuneCategory.Love => Love,
        FortuneCategory.Health => Health,
        _ => Career,
    };

    /// <summary>("overall", reading), ("wealth", reading), … for mapping to the wire object.</summary>
    public IEnumerable<(string Key, CategoryReading Reading)> All =>
        Enum.GetValues<FortuneCategory>().Select(c => (c.Key(), this[c]));
}

/// <summary>
/// A fortune computed by the built-in, rule-based engine. <see cref="Factors"/> lists every rule that fired
/// with its adjustments, so the numbers can be explained; <see cref="Disclaimer"/> tells the reader this
/// text was assembled by rules, not written by an AI model.
/// </summary>
public sealed record FortuneReading(
    FortuneType Type,
    DateOnly Date,
    ReadingPeriod Period,
    int Score,
    string Summary,
    FortuneCategories Categories,
    LuckyItems LuckyItems,
    IReadOnlyList<ReadingFactor> Factors,
    FiveElement NeededElement,
    string Engine,
    string Disclaimer);
