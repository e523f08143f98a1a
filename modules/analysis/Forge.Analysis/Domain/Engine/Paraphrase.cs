namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Finds a paraphrased skill on one line: every word beginning of a dictionary pattern among a few
/// neighbouring words of one clause, in any order ("Negotiated three-year framework contracts" = negotiat +
/// contract; "계약 조건 협상" = 계약 + 협상). The span runs from the first to the last word found (ADR 48).
/// Articles and conjunctions do not count towards the distance: "Designed the iOS and Android onboarding and
/// refill flows" keeps design and flows six words apart (ADR 63).
/// </summary>
internal static class Paraphrase
{
    /// <summary>Pattern words must all fall inside this many consecutive tokens, function words not counted.</summary>
    private const int Window = 6;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "및", "또는", "그리고",
    };

    /// <summary>
    /// Korean bound nouns that only place the word before them (가정 내, 진행 중, A 등): no more a word of their own than
    /// "the" (ADR 73).
    /// </summary>
    private static readonly HashSet<string> BoundNouns = new(StringComparer.Ordinal) { "내", "중", "등", "간", "시", "후", "전", "별", "수" };

    public static (int Start, int End)? Find(string text, IReadOnlyList<Token> tokens, string[] words)
    {
        // Plain loops, no LINQ: this runs for every pattern on every line of both texts.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (WordAt(tokens[i], words, seen: 0) < 0) continue;
            var counted = 0;
            var seen = 0;
            var end = -1;
            for (var k = i; k < tokens.Count && counted < Window; k++)
            {
                if (k > i && EndsClause(text, tokens[k - 1].End, tokens[k].Start)) break;
                if (!FunctionWords.Contains(tokens[k].Lower) && !(BoundNouns.Contains(tokens[k].Lower) && Weighing.On("bound-nouns"))) counted++;
                var w = WordAt(tokens[k], words, seen);
                if (w < 0) continue;
                seen |= 1 << w;
                // A hyphenated word is its parts too: "three-statement" holds "three" and "statement" (ADR 71).
                if (tokens[k].Lower.Contains('-'))
                    for (var more = PartAt(tokens[k].Lower, words, seen); more >= 0; more = PartAt(tokens[k].Lower, words, seen)) seen |= 1 << more;
                end = tokens[k].End;
                if (seen == (1 << words.Length) - 1) return (tokens[i].Start, end);
            }
        }
        return null;
    }

    /// <summary>The index of a pattern word not yet <paramref name="seen"/> that <paramref name="token"/> begins with, or −1.</summary>
    private static int WordAt(Token token, string[] words, int seen)
    {
        for (var w = 0; w < words.Length; w++)
            if ((seen & (1 << w)) == 0 && token.Lower.StartsWith(words[w], StringComparison.Ordinal)) return w;
        return token.Script == Script.Latin && token.Lower.Contains('-') ? PartAt(token.Lower, words, seen) : -1;
    }

    /// <summary>The index of a pattern word not yet <paramref name="seen"/> that begins a part after a hyphen, or −1.</summary>
    private static int PartAt(string lower, string[] words, int seen)
    {
        for (var p = lower.IndexOf('-'); p >= 0 && p + 1 < lower.Length; p = lower.IndexOf('-', p + 1))
            for (var w = 0; w < words.Length; w++)
                if ((seen & (1 << w)) == 0 && lower.AsSpan(p + 1).StartsWith(words[w], StringComparison.Ordinal)) return w;
        return -1;
    }

    private static bool EndsClause(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (text[p] is ';' or '.' or '!' or '?' or '|' or '。') return true;
        return false;
    }
}
