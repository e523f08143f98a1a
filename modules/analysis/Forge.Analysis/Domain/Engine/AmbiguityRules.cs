namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// When a name that is also an ordinary word (Go, R, C, Swift, Excel, Spring) counts as the skill: it
/// must be written exactly (checked by the matcher), must not sit in a phrase that makes it the word
/// ("go to", "will go", "Plan C", "excel at"), and its line must be about its domain: another skill of a
/// technical kind on the line, or a domain word (개발, language, statistics, 디자인...) — unless the line is a
/// resume's list of skills, which is its own context (ADR 63).
/// </summary>
internal static class AmbiguityRules
{
    private static readonly HashSet<string> WordAfter = new(StringComparer.Ordinal)
    {
        "to", "ahead", "live", "beyond", "through", "back", "over", "out", "up", "down", "into", "along", "further",
        "on", "at", "the", "a", "an", "away", "off", "level", "grade", "rating", "suite",
    };

    private static readonly HashSet<string> WordBefore = new(StringComparer.Ordinal)
    {
        "to", "will", "can", "could", "would", "should", "must", "let's", "lets", "let", "the", "we", "you", "i", "they",
        "may", "might", "not", "plan", "vitamin", "grade", "type", "level", "class", "section", "appendix", "series",
        "team", "room", "building", "a", "an", "my", "our", "this", "that",
    };

    public static bool Accept(SkillMention mention, IReadOnlyList<Token> lineTokens, IReadOnlyList<SkillMention> lineMentions, SkillDictionary dictionary,
        bool inSkillList = false)
    {
        var first = IndexAt(lineTokens, mention.Start);
        var last = IndexAt(lineTokens, mention.End - 1);
        if (first > 0 && WordBefore.Contains(lineTokens[first - 1].Lower) && lineTokens[first - 1].Script == Script.Latin) return false;
        if (last >= 0 && last + 1 < lineTokens.Count && WordAfter.Contains(lineTokens[last + 1].Lower)) return false;
        if (inSkillList) return true;
        if (Weighing.On("name-by-preposition") && NamedAsTool(mention, lineTokens, first, last)) return true;
        foreach (var other in lineMentions)
        {
            if (ReferenceEquals(other, mention) || other.Skill.IsSoft) continue;
            if (other.Skill.Domain == mention.Skill.Domain || (IsTechnical(other.Skill.Domain) && IsTechnical(mention.Skill.Domain))) return true;
        }
        for (var i = 0; i < lineTokens.Count; i++)
        {
            if (i >= first && i <= last) continue;
            if (dictionary.IsContextWord(mention.Skill.Domain, lineTokens[i].Lower)) return true;
            foreach (var stem in lineTokens[i].Script == Script.Hangul ? KoreanParticles.Stems(lineTokens[i].Text) : [])
                if (dictionary.IsContextWord(mention.Skill.Domain, stem)) return true;
        }
        return false;
    }

    /// <summary>
    /// The skill's own name, of three or more Latin letters and written exactly, inside a Korean sentence ("Excel 물량 정리 가능", "Unity 빌드에서")
    /// is the name, not the English word: a Korean writer switches script for names (ADR 68). Needs at least two Hangul
    /// words on the line and no more Latin words than Hangul ones, so an English sentence quoted in Korean text is not it.
    /// </summary>
    public static bool LatinNameInKorean(SkillMention mention, IReadOnlyList<Token> lineTokens)
    {
        var at = IndexAt(lineTokens, mention.Start);
        if (mention.Length < 3 || at < 0 || lineTokens[at].Script != Script.Latin || lineTokens[at].Text != mention.Skill.Name) return false;
        var hangul = 0;
        var latin = 0;
        foreach (var t in lineTokens)
        {
            if (t.Script == Script.Hangul) hangul++;
            else if (t.Script == Script.Latin) latin++;
        }
        return hangul >= 2 && latin <= hangul;
    }

    private static readonly HashSet<string> ToolPrepositions = new(StringComparer.Ordinal) { "in", "using", "with" };

    // Kinds of skill whose everyday-word names are tools or languages one works in or with (R, Go, Excel, Word, Notion,
    // Sketch, Spark, Unity, "in Korean"). Not frameworks, services or vendors whose names are also common nouns (Spring, Chef,
    // Branch, Lever, QA).
    private static readonly HashSet<string> ToolCategories = new(StringComparer.Ordinal)
    {
        "Programming language", "Analytics and BI", "Office and project", "Design tools", "Data engineering", "Data science and ML",
        "Systems and embedded", "Languages",
    };

    /// <summary>
    /// ADR 80: a name of a tool kind, written exactly, used as a tool: after "in / using / with" ("tracking in Excel",
    /// "scripts in R") or, for office and analytics tools and languages, before "for" ("Excel for voyage estimates", "Korean
    /// for customer communication"). The exact spelling
    /// keeps the words out ("excel in", "go for"). A number after the name ("in Excel 2016", "in C 2") leaves the line to the
    /// context rules below.
    /// </summary>
    private static bool NamedAsTool(SkillMention mention, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first < 0 || last < 0 || !ToolCategories.Contains(mention.Skill.Category)) return false;
        if (last + 1 < tokens.Count && tokens[last + 1].Text.Length > 0 && char.IsDigit(tokens[last + 1].Text[0])) return false;
        if (first > 0 && tokens[first - 1].Script == Script.Latin && ToolPrepositions.Contains(tokens[first - 1].Lower)) return true;
        return mention.Skill.Category is "Analytics and BI" or "Office and project" or "Languages" && last + 1 < tokens.Count && tokens[last + 1].Lower == "for";
    }

    private static bool IsTechnical(string domain) => domain is "software" or "data";

    private static int IndexAt(IReadOnlyList<Token> tokens, int position)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Start <= position && position < tokens[i].End) return i;
        return -1;
    }
}
