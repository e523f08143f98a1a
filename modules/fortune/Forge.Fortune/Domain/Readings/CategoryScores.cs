namespace Forge.Fortune.Domain.Readings;

/// <summary>The five categories the product reports, in its key order.</summary>
public enum FortuneCategory
{
    Overall,
    Wealth,
    Love,
    Health,
    Career,
}

public static class FortuneCategoryNames
{
    private static readonly string[] Keys = ["overall", "wealth", "love", "health", "career"];
    private static readonly string[] KoreanNames = ["종합운", "재물운", "애정운", "건강운", "직업운"];

    public static string Key(this FortuneCategory category) => Keys[(int)category];
    public static string Korean(this FortuneCategory category) => KoreanNames[(int)category];
}

/// <summary>
/// One number per category — used both for a factor's adjustments and for the running scores, so the
/// arithmetic (sum, bound, clamp) lives in one place.
/// </summary>
public readonly record struct CategoryScores(int Overall, int Wealth, int Love, int Health, int Career)
{
    public static CategoryScores Zero => default;

    public static CategoryScores All(int value) => new(value, value, value, value, value);

    public int this[FortuneCategory category] => category switch
    {
        FortuneCategory.Overall => Overall,
        FortuneCategory.Wealth => Wealth,
        FortuneCategory.Love => Love,
        FortuneCategory.Health => Health,
        _ => Career,
    };

    public static CategoryScores operator +(CategoryScores a, CategoryScores b) =>
        new(a.Overall + b.Overall, a.Wealth + b.Wealth, a.Love + b.Love, a.Health + b.Health, a.Career + b.Career);

    public static CategoryScores operator *(CategoryScores a, int k) =>
        new(a.Overall * k, a.Wealth * k, a.Love * k, a.Health * k, a.Career * k);

    public CategoryScores Clamp(int min, int max) => new(
        Math.Clamp(Overall, min, max), Math.Clamp(Wealth, min, max), Math.Clamp(Love, min, max),
        Math.Clamp(Health, min, max), Math.Clamp(Career, min, max));

    public bool IsZero => this == default;
}
