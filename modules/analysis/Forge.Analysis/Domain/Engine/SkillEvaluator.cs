namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Judges each posting skill against the resume. Evidence is a mention the candidate did not qualify as
/// learning / unused, in a clause about the candidate's own work, of the skill itself or of a skill that implies it
/// (Spring Boot shows Spring) and never of a sibling (Pulumi does not show Terraform; ADR 66).
/// Rating: 0 missing, 1 learning only, 3 listed, 4 used in one role or project line, 5 in two or more.
/// </summary>
internal static class SkillEvaluator
{
    public static List<SkillVerdict> Evaluate(IEnumerable<PostingSkill> asked, PostingProfile posting, ResumeProfile resume)
    {
        var verdicts = new List<SkillVerdict>();
        foreach (var skill in asked)
        {
            var related = resume.Mentions.Where(m => Shows(m.Skill, skill.Skill)).ToList();
            var evidence = related.Where(m => !m.NotEvidence).ToList();
            // Nothing names the skill: the candidate's own clause that repeats the requirement line's wording shows it (ADR 71).
            if (evidence.Count == 0 && !related.Any(m => DeniesDescribedWork(m, skill.Skill)) && PostingWording.Find(skill.Skill, posting, resume) is { } described)
            {
                verdicts.Add(new SkillVerdict(skill, SkillStatus.Matched, IsUse(resume, described) ? 4 : 3, [described], IsUse(resume, described) ? 1 : 0));
                continue;
            }
            // The résumé is written in the language asked for, and never says the writer cannot use it (ADR 83).
            if (evidence.Count == 0 && related.Count == 0 && Weighing.On("written-language") && WrittenLanguage.Find(skill.Skill, resume) is { } written)
            {
                verdicts.Add(new SkillVerdict(skill, SkillStatus.Matched, 4, [written], 1));
                continue;
            }
            if (evidence.Count == 0)
            {
                // Only learning or "not used" is LEARNING; another party's work or a near miss passed over is MISSING (ADR 66).
                var learning = related.Where(m => !m.OthersWork && !m.PassedOver).Take(1).ToList();
                var status = learning.Count > 0 ? SkillStatus.Learning : SkillStatus.Missing;
                verdicts.Add(new SkillVerdict(skill, status, learning.Count > 0 ? 1 : 0, learning, 0,
                    Instead(skill.Skill, resume), OthersOnly: learning.Count == 0 && related.Any(m => m.OthersWork)));
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

    /// <summary>
    /// The near misses the resume shows as evidence where <paramref name="asked"/> is missing (Pulumi for Terraform, Nuxt.js
    /// for Next.js), in order of first mention: named in the feedback so it says what the resume has instead (ADR 66).
    /// </summary>
    private static List<Skill> Instead(Skill asked, ResumeProfile resume)
    {
        var instead = new List<Skill>();
        if (asked.Siblings.Count == 0) return instead;
        foreach (var m in resume.Mentions.OrderBy(m => m.Start))
        {
            if (m.NotEvidence) continue;
            var sibling = asked.Siblings.Contains(m.Skill) ? m.Skill : m.Skill.Implies.FirstOrDefault(asked.Siblings.Contains);
            if (sibling is not null && !instead.Contains(sibling)) instead.Add(sibling);
        }
        return instead;
    }

    /// <summary>
    /// What keeps the posting's wording from showing a skill: the skill itself named as learning or not used, or any
    /// mention of it in another party's work or passed over for a sibling. Learning a more specific tool (a Rhino course)
    /// says nothing about the practice (3D modelling) the candidate describes elsewhere (ADR 71).
    /// </summary>
    private static bool DeniesDescribedWork(SkillMention m, Skill asked) =>
        m.Skill == asked || m.OthersWork || m.PassedOver;

    /// <summary>A mention shows the skill itself or a skill it implies; a sibling never shows another (ADR 66).</summary>
    private static bool Shows(Skill mentioned, Skill asked)
    {
        if (mentioned == asked) return true;
        if (mentioned.Siblings.Contains(asked)) return false;
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
