namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The posting's language, for the feedback: Korean when Hangul carries a fair share of the letters.
/// A Hangul syllable holds about three Latin letters' worth of text, hence the weight; Korean postings
/// full of English skill names still read as Korean.
/// </summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        var (hangul, latin) = Letters(text);
        return hangul * 3 >= latin * 0.5 && hangul > 0 ? "ko" : "en";
    }

    /// <summary>The Hangul syllables and Latin letters of <paramref name="text"/>.</summary>
    public static (int Hangul, int Latin) Letters(string text)
    {
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            var script = Tokenizer.ScriptOf(c);
            if (script == Script.Hangul) hangul++;
            else if (script == Script.Latin && char.IsLetter(c)) latin++;
        }
        return (hangul, latin);
    }
}
