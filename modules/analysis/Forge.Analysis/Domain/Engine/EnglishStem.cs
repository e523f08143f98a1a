namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// A light English stem for the last word of a multi-word skill name, so inflections and role nouns of the
/// same phrase meet: "unit tests" = Unit testing, "product manager" = Product management, "data models" =
/// Data modeling, "contract negotiations" = Contract negotiation, "data analyst" = Data analysis (ADR 48).
/// One suffix is removed, then a final e and a doubled consonant, so manage/manager/management all give
/// "manag". Single-word names are never stemmed: they are product names or words with other senses
/// (source ≠ Sourcing, brand ≠ Branding).
/// </summary>
internal static class EnglishStem
{
    // Longest first within each family; the first that fits is removed.
    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("yses", "y"), ("ysis", "y"), ("ysts", "y"), ("yst", "y"),
        ("ations", ""), ("ation", ""), ("ators", ""), ("ator", ""), ("ating", ""), ("ated", ""), ("ates", ""), ("ate", ""),
        ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""), ("ers", ""), ("er", ""), ("ors", ""), ("or", ""),
        ("ies", "y"), ("es", ""), ("ed", ""), ("s", ""),
    ];

    /// <summary>Whether two words are the same once stemmed; only words of four letters or more are stemmed.</summary>
    public static bool Same(string lowerWord, string lowerAliasWord) =>
        lowerWord.Length >= 4 && lowerAliasWord.Length >= 4
        // A stem keeps at least three letters, so words that start differently never meet (and cost no allocation).
        && lowerWord.AsSpan(0, 3).SequenceEqual(lowerAliasWord.AsSpan(0, 3))
        && Of(lowerWord) == Of(lowerAliasWord);

    public static string Of(string lower)
    {
        var stem = lower;
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (lower.Length - suffix.Length < 3 || !lower.EndsWith(suffix, StringComparison.Ordinal)) continue;
            stem = lower[..^suffix.Length] + replacement;
            break;
        }
        if (stem.Length > 3 && stem[^1] == 'e') stem = stem[..^1];
        if (stem.Length > 3 && stem[^1] == stem[^2] && !"aeiousl".Contains(stem[^1])) stem = stem[..^1];
        else if (stem.Length > 4 && stem[^1] == 'l' && stem[^2] == 'l') stem = stem[..^1];
        return stem;
    }
}
