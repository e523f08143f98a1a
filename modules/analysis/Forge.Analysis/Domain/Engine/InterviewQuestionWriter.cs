using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Questions an interviewer would ask this candidate for this posting, most telling first: required
/// skills the resume lacks (or only learns) — with a transfer question when the resume has a skill of the
/// same category — then claimed strengths quoted from the resume, then a years gap, then missing
/// nice-to-haves. At most eight.
/// </summary>
internal static class InterviewQuestionWriter
{
    private const int Max = 8;

    public static List<InterviewQuestion> Write(EngineFindings f)
    {
        var p = f.Phrases;
        var questions = new List<InterviewQuestion>();
        var essential = f.Essential.Where(v => !v.Skill.IsSoft).ToList();

        foreach (var gap in essential.Where(v => v.Status == SkillStatus.Missing).Take(3))
        {
            // The near miss the resume shows instead (ADR 66), else another skill of the same category.
            var related = gap.Instead?.FirstOrDefault() ?? f.Resume.Mentions.Where(m => !m.NotEvidence && m.Skill.Category == gap.Skill.Category && m.Skill != gap.Skill)
                .Select(m => m.Skill).FirstOrDefault();
            questions.Add(related is null ? Question(p.GapQuestion(gap.Skill.Name, essential: true), gap.Skill.Name, "GAP")
                : Question(p.TransferQuestion(gap.Skill.Name, related.Name), gap.Skill.Name, "GAP"));
        }
        foreach (var learning in essential.Where(v => v.Status == SkillStatus.Learning).Take(2))
            questions.Add(Question(p.LearningQuestion(learning.Skill.Name), learning.Skill.Name, "GAP"));
        // Each strength question quotes a different resume line where it can, so three questions probe three experiences.
        var quoted = new HashSet<int>();
        foreach (var strength in essential.Where(v => v.Rating >= 4).OrderByDescending(v => v.Rating).ThenBy(v => v.Asked.FirstPosition).Take(3))
        {
            var evidence = strength.Evidence.FirstOrDefault(m => !quoted.Contains(m.Line)) ?? strength.Evidence[0];
            quoted.Add(evidence.Line);
            questions.Add(Question(p.StrengthQuestion(strength.Skill.Name, f.Passage(evidence, 60)), strength.Skill.Name, "STRENGTH"));
        }
        if (f.Posting.Years.MinimumYears is { } required && f.Resume.Experience.Years < required)
            questions.Add(Question(p.ExperienceQuestion(f.Resume.Experience.Years, required), f.Phrases is KoreanPhrasebook ? "경력" : "Experience", "EXPERIENCE"));
        foreach (var gap in f.Preferred.Where(v => !v.Skill.IsSoft && v.Status != SkillStatus.Matched).Take(2))
            questions.Add(Question(p.GapQuestion(gap.Skill.Name, essential: false), gap.Skill.Name, "GAP"));
        return questions.Take(Max).ToList();
    }

    private static InterviewQuestion Question((string Question, string Reason) text, string focus, string type) => new()
    {
        Question = text.Question,
        Reason = text.Reason,
        Focus = focus,
        FocusType = type,
    };
}
