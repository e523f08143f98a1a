namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Reads a posting: sections, the skills each section asks for, and the years asked. Essential skills are
/// the title's and the required lines' (a parenthesised or separate clause that calls itself a plus is
/// preferred); with no required section at all, the responsibilities' skills stand in for them.
/// </summary>
internal sealed class PostingReader(SkillMatcher matcher)
{
    public PostingProfile Read(string text)
    {
        var lines = TextLine.Split(text);
        var posting = PostingSplitter.Split(lines);
        var sectionOf = posting.ToDictionary(p => p.Line.Index);
        var mentions = matcher.Find(text, lines)
            .Where(m => !m.Skill.EvidenceOnly && sectionOf.TryGetValue(m.Line, out var p) && m.Start >= p.Line.Start + p.ContentStart)
            .Where(m => !HiringActRule.IsAct(text, lines[m.Line], m, sectionOf[m.Line].Section))
            .ToList();

        var essential = new List<PostingSkill>();
        var preferred = new List<PostingSkill>();
        var duties = new List<PostingSkill>();
        foreach (var mention in mentions)
        {
            var line = sectionOf[mention.Line];
            var section = line.Section;
            if (section == PostingSection.Required && IsInPlusAside(line.Line, mention)) section = PostingSection.Preferred;
            var target = section switch
            {
                PostingSection.Title or PostingSection.Required => essential,
                PostingSection.Preferred => preferred,
                PostingSection.Responsibilities => duties,
                _ => null,
            };
            if (target is not null && target.All(s => s.Skill != mention.Skill)) target.Add(new PostingSkill(mention.Skill, section, mention.Start));
        }
        if (!posting.Any(p => p.Section == PostingSection.Required)) essential.AddRange(duties.Where(d => essential.All(e => e.Skill != d.Skill)));
        preferred.RemoveAll(p => essential.Any(e => e.Skill == p.Skill));

        var requirementText = posting
            .Where(p => p.Section is PostingSection.Title or PostingSection.Summary or PostingSection.Required)
            .Select(p => (p.Section == PostingSection.Required ? PostingSplitter.OutsideParentheses(p.Line.Text) : p.Line.Text, p.Line.Text));
        return new PostingProfile(text, LanguageDetector.Detect(text), posting, essential, preferred, duties, RequiredYearsParser.Parse(requirementText), mentions);
    }

    /// <summary>"Java 3년 이상 (Kotlin 경험 우대)", "Strong SQL; dbt is a plus": the aside's skills are preferred.</summary>
    private static bool IsInPlusAside(TextLine line, SkillMention mention)
    {
        var at = mention.Start - line.Start;
        var text = line.Text;
        var open = text.LastIndexOfAny(['(', '（'], at);
        var close = open < 0 ? -1 : text.IndexOfAny([')', '）'], open);
        if (open >= 0 && (close < 0 || close >= at)) return PostingSplitter.HasPlusMarker(text[open..(close < 0 ? text.Length : close)]);
        // Clauses end at "; " and ". " (not the dot of Node.js); only a later clause can be an aside.
        var from = Math.Max(text.LastIndexOf("; ", at, StringComparison.Ordinal), text.LastIndexOf(". ", at, StringComparison.Ordinal));
        if (from < 0) return false;
        var next = new[] { text.IndexOf("; ", at, StringComparison.Ordinal), text.IndexOf(". ", at, StringComparison.Ordinal) }.Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        return PostingSplitter.HasPlusMarker(text[from..next]);
    }
}
