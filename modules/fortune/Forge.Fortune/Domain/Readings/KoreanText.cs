namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// Korean particles depend on whether the previous syllable ends in a consonant (받침): 은/는, 이/가,
/// 과/와. Generated text that inserts names (ten gods, categories) must pick the right one to read naturally.
/// </summary>
public static class KoreanText
{
    public static bool HasFinalConsonant(string word)
    {
        var last = word.TrimEnd(')', ' ').LastOrDefault(c => c is >= '\uAC00' and <= '\uD7A3');
        return last != default && (last - 0xAC00) % 28 != 0;
    }

    /// <summary>Topic particle: "재물운은", "날짜는".</summary>
    public static string Topic(string word) => word + (HasFinalConsonant(word) ? "은" : "는");

    /// <summary>Subject particle: "재물운이", "편재가".</summary>
    public static string Subject(string word) => word + (HasFinalConsonant(word) ? "이" : "가");

    /// <summary>"A과 B" / "A와 B".</summary>
    public static string And(string a, string b) => a + (HasFinalConsonant(a) ? "과 " : "와 ") + b;

    /// <summary>True when the text contains Hangul syllables (used by tests and as a sanity check).</summary>
    public static bool IsKorean(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
