namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// ADR 83: a résumé written in a language shows that language in writing. A posting that asks for written or working
/// English and gets a résumé written in English, or asks for fluent Korean and gets one written in Korean, has its evidence
/// in the document itself: the first line of work the candidate wrote. Not when the résumé names the language only as
/// something the writer cannot do or has not used (<see cref="SkillEvaluator"/> checks its mentions first).
/// </summary>
internal static class WrittenLanguage
{
    private static readonly Dictionary<string, string> SkillOfScript = new(StringComparer.Ordinal)
    {
        ["en"] = "English",
        ["ko"] = "Korean language",
    };

    /// <summary>A line of the résumé's own work, written in <paramref name="asked"/>'s language, or null.</summary>
    public static SkillMention? Find(Skill asked, ResumeProfile resume)
    {
        if (asked.Category != "Languages" || WrittenIn(resume.Text) is not { } script || SkillOfScript[script] != asked.Name) return null;
        foreach (var line in resume.Lines)
        {
            if (line.IsBlank || resume.Sections[line.Index] is not (ResumeSection.Experience or ResumeSection.Projects) && resume.HasHeadings) continue;
            var text = line.Text.Trim();
            if (text.Length < 30 || LineIn(text) != script) continue;
            var lead = line.Text.IndexOf(text, StringComparison.Ordinal);
            return new SkillMention(asked, line.Start + lead, text.Length, line.Index, NotEvidence: false);
        }
        return null;
    }

    /// <summary>"en" for a résumé with no Korean to speak of, "ko" for one mostly in Hangul, else null.</summary>
    private static string? WrittenIn(string text)
    {
        var (hangul, latin) = LanguageDetector.Letters(text);
        // A Hangul syllable holds about three Latin letters' worth of text (as LanguageDetector weighs it).
        if (latin >= 200 && hangul * 3 * 50 <= latin) return "en";
        if (hangul >= 100 && hangul * 3 >= latin * 2) return "ko";
        return null;
    }

    /// <summary>The same for one line: no Hangul at all, or mostly Hangul.</summary>
    private static string? LineIn(string text)
    {
        var (hangul, latin) = LanguageDetector.Letters(text);
        if (hangul == 0 && latin >= 20) return "en";
        if (hangul >= 10 && hangul * 3 >= latin * 2) return "ko";
        return null;
    }
}
