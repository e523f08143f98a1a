using System.Globalization;
using System.Text;

namespace Forge.NotionForge.Planning;

/// <summary>
/// A prompt prepared for matching: lower-cased, NFC, split into words, Korean words stripped of the particles and
/// endings that follow a noun (프로젝트를 → 프로젝트, 독서와 → 독서, 회의록으로 → 회의록), English words also in a
/// singular form (habits → habit). Korean is written without spaces between nouns more often than not, so the
/// joined Hangul text is kept for substring matching too.
/// </summary>
internal sealed class PromptText
{
    // Longest first, so 에서 is tried before 에 and 으로 before 로.
    private static readonly string[] Particles =
    [
        "에서는", "으로는", "이랑", "에서", "으로", "에게", "한테", "까지", "부터", "처럼", "하고", "이나", "용으로", "용",
        "을", "를", "이", "가", "은", "는", "의", "에", "로", "와", "과", "도", "만", "랑", "나",
    ];

    private PromptText(string normalized, IReadOnlyList<string> words, bool korean)
    {
        Normalized = normalized;
        Words = words;
        IsKorean = korean;
    }

    public string Normalized { get; }
    public IReadOnlyList<string> Words { get; }
    public bool IsKorean { get; }

    public static PromptText Parse(string prompt)
    {
        var normalized = prompt.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var words = new List<string>();
        var hangul = 0;
        var latin = 0;
        foreach (var raw in Split(normalized))
        {
            if (IsHangul(raw[0]))
            {
                hangul++;
                words.Add(raw);
                var stem = StripParticle(raw);
                if (stem != raw) words.Add(stem);
            }
            else
            {
                latin++;
                words.Add(raw);
                if (raw.Length > 3 && raw.EndsWith('s') && !raw.EndsWith("ss", StringComparison.Ordinal)) words.Add(raw[..^1]);
            }
        }

        // A prompt with any Korean word is answered in Korean unless English words clearly dominate.
        return new PromptText(" " + string.Join(' ', Split(normalized)) + " ", words, hangul > 0 && hangul * 2 >= latin);
    }

    /// <summary>Strips one trailing particle, keeping at least two syllables of the noun.</summary>
    public static string StripParticle(string word)
    {
        foreach (var particle in Particles)
            if (word.Length - particle.Length >= 2 && word.EndsWith(particle, StringComparison.Ordinal))
                return word[..^particle.Length];
        return word;
    }

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3131' and <= '\u318E';

    private static IEnumerable<string> Split(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var isWordChar = char.IsLetterOrDigit(c) || c is ':' or '\'' || category == UnicodeCategory.NonSpacingMark;
            if (isWordChar && (current.Length == 0 || IsHangul(c) == IsHangul(current[^1])))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0) yield return current.ToString();
            current.Clear();
            if (isWordChar) current.Append(c);
        }

        if (current.Length > 0) yield return current.ToString();
    }
}
