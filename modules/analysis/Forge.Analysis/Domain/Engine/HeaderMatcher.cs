using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Recognises a section heading line ("■ 자격요건", "## Requirements", "[우대사항]", "Nice to have:", "2. 자격요건")
/// and any content written after it on the same line ("자격요건: Java 3년 이상").
/// </summary>
internal static partial class HeaderMatcher
{
    private static readonly char[] Decoration = ['#', '*', '■', '□', '▶', '▷', '►', '●', '○', '◆', '◇', '•', '-', '=', '[', ']', '【', '】', '<', '>', '〈', '〉', '《', '》', '|', '★', '☆', ' ', '◼', '✔', '✅'];

    // "1. ", "2) ", "(3) ", "①", "IV. ": numbering in front of a heading.
    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]\s*|[\u2460-\u2473]\s*|[IVX]{1,4}\.\s+)")]
    private static partial Regex Numbering();

    /// <summary>Whether the line starts with heading numbering ("1. 담당업무").</summary>
    public static bool IsNumbered(string trimmedLine) => Numbering().IsMatch(trimmedLine.TrimStart(Decoration));

    /// <summary>The line without decoration and numbering: "■ 1. 담당업무 ■" → "담당업무".</summary>
    public static string Core(string line)
    {
        var trimmed = line.Trim().Trim(Decoration);
        var numbering = Numbering().Match(trimmed);
        return numbering.Success ? trimmed[numbering.Length..].Trim(Decoration) : trimmed;
    }

    /// <summary>
    /// The heading in <paramref name="line"/> from <paramref name="headings"/> (lower case), with the offset
    /// of any inline content, or null. A heading line is short: a sentence that starts with the words is not one.
    /// </summary>
    public static (TKey Key, int ContentOffset)? Match<TKey>(string line, IReadOnlyList<(string Heading, TKey Key)> headings)
    {
        var trimmed = Core(line);
        if (trimmed.Length == 0 || trimmed.Length > 60) return null;
        var lower = trimmed.ToLowerInvariant();
        foreach (var (heading, key) in headings)
        {
            if (!lower.StartsWith(heading, StringComparison.Ordinal)) continue;
            var rest = lower[heading.Length..].TrimStart(Decoration);
            if (rest.Length == 0 || rest is ":" or "s" or "s:" or "?") return (key, line.Length);
            // "Requirements / 자격요건": a bilingual heading repeats itself after a slash.
            if (rest[0] == '/' && rest.Length <= 20 && !rest.Contains(':')) return (key, line.Length);
            if (rest[0] == ':' || rest[0] == '：')
            {
                var colon = line.IndexOfAny([':', '：']);
                return (key, colon + 1);
            }
            // "자격 요건 (필수)": a parenthesised note after the heading is still the heading.
            if (rest[0] == '(' && rest.EndsWith(')') && rest.Length < 20) return (key, line.Length);
        }
        return null;
    }
}
