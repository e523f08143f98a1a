namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Finds a paraphrased skill on one line: every word beginning of a dictionary pattern among a few
/// neighbouring words of one clause, in any order ("Negotiated three-year framework contracts" = negotiat +
/// contract; "계약 조건 협상" = 계약 + 협상). The span runs from the first to the last word found (ADR 48).
/// </summary>
internal static class Paraphrase
{
    /// <summary>Pattern words must all fall inside this many consecutive tokens.</summary>
    private const int Window = 6;

    public static (int Start, int End)? Find(string text, IReadOnlyList<Token> tokens, string[] words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Begins(tokens[i], words)) continue;
            var last = Math.Min(tokens.Count, i + Window);
            var seen = new bool[words.Length];
            var end = -1;
            for (var k = i; k < last; k++)
            {
                if (k > i && EndsClause(text, tokens[k - 1].End, tokens[k].Start)) break;
                for (var w = 0; w < words.Length; w++)
                {
                    if (seen[w] || !tokens[k].Lower.StartsWith(words[w], StringComparison.Ordinal)) continue;
                    seen[w] = true;
                    end = tokens[k].End;
                    break;
                }
                if (seen.All(s => s)) return (tokens[i].Start, end);
            }
        }
        return null;
    }

    private static bool EndsClause(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (text[p] is ';' or '.' or '!' or '?' or '|' or '。') return true;
        return false;
    }

    private static bool Begins(Token token, string[] words) => words.Any(w => token.Lower.StartsWith(w, StringComparison.Ordinal));
}
