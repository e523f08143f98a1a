namespace Forge.Fortune.Domain.Readings;

/// <summary>The period a fortune reads: the product's <c>fortune_type</c>.</summary>
public enum FortuneType
{
    Daily,
    Monthly,
    Yearly,
}

public static class FortuneTypeNames
{
    /// <summary>The wire value ("daily", "monthly", "yearly").</summary>
    public static string Key(this FortuneType type) => type switch
    {
        FortuneType.Daily => "daily",
        FortuneType.Monthly => "monthly",
        _ => "yearly",
    };
}
