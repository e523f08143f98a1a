namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Judges each posting skill against the resume. Evidence is a mention the candidate did not qualify as
/// learning / unused, of the skill itself or of a skill that implies it (Spring Boot shows Spring).
/// Rating: 0 missing, 1 learning only, 3 listed, 4 used in one role or project line, 5 in two or more.
/// </summary>
internal static class SkillEvaluator
{
    public static List<SkillVerdict> Evaluate(IEnumerable<PostingSkill> asked, ResumeProfile resume)
    {
        var verdicts = new List<SkillVerdict>();
        foreach (var skill in asked)
        {
            var related = resume.Mentions.Where(m => Shows(m.Skill, skill.Skill)).ToList();
            var evidence = related.Where(m => !m.NotEvidence).ToList();
            if (evidence.Count == 0)
            {
                var learning = related.Count > 0;
                verdicts.Add(new SkillVerdict(skill, learning ? SkillStatus.Learning : SkillStatus.Missing, learning ? 1 : 0, learning ? related.Take(1).ToList() : [], 0));
                continue;
            }
            var usedLines = evidence.Where(m => IsUse(resume, m)).Select(m => m.Line).Distinct().Count();
            var rating = usedLines >= 2 ? 5 : usedLines == 1 ? 4 : 3;
            var shown = evidence
                .OrderByDescending(m => IsUse(resume, m)).ThenBy(m => m.Start)
                .DistinctBy(m => m.Line).Take(3).OrderBy(m => m.Start).ToList();
            verdicts.Add(new SkillVerdict(skill, SkillStatus.Matched, rating, shown, usedLines));
        }
        return verdicts;
    }

    private static bool Shows(Skill mentioned, Skill asked)
    {
        if (mentioned == asked) return true;
        foreach (var implied in mentioned.Implies)
            if (implied == asked || implied.Implies.Contains(asked)) return true;
        return false;
    }

    /// <summary>
    /// A mention in a role or project, or in a full sentence of a resume without headings, shows use;
    /// one in a skills list or certificate line only claims the skill.
    /// </summary>
    private static bool IsUse(ResumeProfile resume, SkillMention mention)
    {
        var section = resume.Sections[mention.Line];
        if (section is ResumeSection.Experience or ResumeSection.Projects) return true;
        if (resume.HasHeadings && section != ResumeSection.Summary) return false;
        var line = resume.Lines[mention.Line];
        var tokens = Tokenizer.Tokenize(resume.Text, line.Start, line.Text.Length);
        var skillWords = resume.Mentions.Count(m => m.Line == mention.Line);
        return tokens.Count >= 6 && skillWords * 2 < tokens.Count;
    }
}
