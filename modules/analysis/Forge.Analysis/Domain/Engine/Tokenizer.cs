namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Splits text into words the way skill names are written: a Latin word keeps <c>C#</c>, <c>C++</c>,
/// <c>.NET</c>, <c>Node.js</c>, <c>R&amp;D</c>, <c>Objective-C</c> whole (so C never matches inside C#
/// and R never inside R&amp;D); a change of script ends a word (<c>Docker를</c> → <c>Docker</c>, <c>를</c>),
/// and <c>Java-based</c> splits before a known suffix. Aliases go through the same tokenizer, so
/// dictionary and text always agree on word boundaries.
/// </summary>
internal static class Tokenizer
{
    // "Python-based", "AWS-hosted": the head is the skill; other hyphenated words stay whole (go-to-market).
    private static readonly HashSet<string> HyphenSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "driven", "powered", "heavy", "centric", "first", "related", "savvy", "certified", "oriented",
        "compatible", "backed", "hosted", "focused", "specific", "only", "native", "enabled", "friendly",
    };

    public static List<Token> Tokenize(string text, int offset = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : offset + length;
        var tokens = new List<Token>();
        var i = offset;
        while (i < end)
        {
            var c = text[i];
            var script = ScriptOf(c);
            var leadingDot = c == '.' && i + 1 < end && IsLatinWord(text[i + 1]) && (i == offset || !IsLatinWord(text[i - 1]));
            if (script is null && !leadingDot) { i++; continue; }
            var start = i;
            if (leadingDot || script == Script.Latin) i = ScanLatin(text, i + 1, end);
            else while (i < end && ScriptOf(text[i]) == script) i++;
            var word = text[start..i];
            var kind = leadingDot ? Script.Latin : script!.Value;
            var lower = word.ToLowerInvariant();
            tokens.Add(new Token(start, word, kind == Script.Latin ? BritishSpelling.American(lower) : lower, kind));
        }
        return tokens;
    }

    private static int ScanLatin(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (IsLatinWord(c)) { i++; continue; }
            var next = i + 1 < end ? text[i + 1] : '\0';
            if ((c == '.' || c == '&' || c == '\'') && IsLatinWord(next)) { i++; continue; }
            if (c == '-' && IsLatinWord(next))
            {
                if (HyphenSuffixes.Contains(ReadWord(text, i + 1, end))) return i;
                i++;
                continue;
            }
            if (c == '#' && !IsLatinWord(next)) return i + 1;
            if (c == '+' && next == '+') return i + 2;
            return i;
        }
        return i;
    }

    private static string ReadWord(string text, int i, int end)
    {
        var start = i;
        while (i < end && char.IsAsciiLetter(text[i])) i++;
        return text[start..i];
    }

    private static bool IsLatinWord(char c) => ScriptOf(c) == Script.Latin;

    public static Script? ScriptOf(char c)
    {
        if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') return Script.Hangul;
        if (c < 128) return char.IsAsciiLetterOrDigit(c) ? Script.Latin : null;
        if (!char.IsLetterOrDigit(c)) return null;
        return c <= '\u024F' ? Script.Latin : Script.Other;
    }
}
