namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Picks the Korean particle a word takes (Kotlin을, Java를, Kafka는, MySQL은) from how the word ends when
/// read aloud: a Hangul syllable by its final consonant; a Latin word ending in n, m, l or ng has one
/// (코틀린, 스프링); other Latin words gain a vowel when read (도커, 리액트); an abbreviation ending in L, M,
/// N or R (엘, 엠, 엔, 알) has one.
/// </summary>
internal static class KoreanJosa
{
    public static string Object(string word) => word + (HasFinalConsonant(word) ? "을" : "를");
    public static string Topic(string word) => word + (HasFinalConsonant(word) ? "은" : "는");
    public static string Subject(string word) => word + (HasFinalConsonant(word) ? "이" : "가");

    private static bool HasFinalConsonant(string word)
    {
        var trimmed = word.TrimEnd(')', ' ', '.');
        if (trimmed.Length == 0) return false;
        var last = trimmed[^1];
        if (last is >= '\uAC00' and <= '\uD7A3') return (last - 0xAC00) % 28 != 0;
        if (char.IsAsciiLetterUpper(last)) return last is 'L' or 'M' or 'N' or 'R';
        if (trimmed.EndsWith("ng", StringComparison.Ordinal)) return true;
        return last is 'n' or 'm' or 'l';
    }
}
