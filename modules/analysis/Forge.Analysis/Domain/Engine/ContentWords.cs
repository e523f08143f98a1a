namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The content words of a text (Latin words of three letters or more, Hangul words of two syllables or
/// more with their endings removed, no function words), used to measure how much of a posting's wording
/// the resume covers where no dictionary skill is named.
/// </summary>
internal static class ContentWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "you", "your", "our", "are", "will", "have", "has", "this", "that", "from", "into", "who", "what",
        "all", "can", "able", "strong", "good", "work", "working", "team", "teams", "including", "such", "etc", "using", "use", "their",
        "years", "year", "experience", "plus", "more", "least", "about", "across", "other", "new", "well", "within", "based",
        "있는", "있고", "위한", "대한", "통한", "관련", "이상", "경험", "경험이", "가능한", "업무", "능력", "및", "등", "분", "합니다", "있습니다",
    };

    public static bool IsStopWord(string lower) => Stop.Contains(lower);

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var word = token.Script == Script.Hangul ? KoreanParticles.Stems(token.Text).LastOrDefault(s => s.Length >= 2) ?? token.Text : token.Lower;
            var minimum = token.Script == Script.Hangul ? 2 : 3;
            if (word.Length >= minimum && !Stop.Contains(word) && !char.IsDigit(word[0])) words.Add(word);
        }
        return words;
    }

    /// <summary>Share of <paramref name="wanted"/> found in <paramref name="have"/>; null when nothing is wanted.</summary>
    public static double? Coverage(HashSet<string> wanted, HashSet<string> have)
    {
        if (wanted.Count == 0) return null;
        var hits = wanted.Count(w => have.Contains(w) || (w.Length >= 3 && have.Any(h => h.Length >= 3 && (h.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(h, StringComparison.Ordinal)))));
        return (double)hits / wanted.Count;
    }
}
