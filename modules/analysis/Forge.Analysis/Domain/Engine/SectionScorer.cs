using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Scores the eight sections 0–1 (ADR 38): skill sections are the mean credit of their verdicts
/// (<see cref="SkillVerdict.Credit"/>); experience is candidate years ÷ required years, capped at 1;
/// title, summary and duties add how much of the posting's wording the resume covers. A section the
/// posting does not have scores 1 and says so, and weighs nothing in the overall score.
/// </summary>
internal static class SectionScorer
{
    public static (SectionAnalyses Sections, double Overall) Score(EngineFindings f)
    {
        var p = f.Phrases;
        var resumeWords = ContentWords.Of(f.Resume.Text);

        var titleConcepts = RoleWords.In(f.Title);
        var resumeConcepts = RoleWords.In(f.Resume.Text);
        var shared = titleConcepts.Where(resumeConcepts.Contains).ToList();
        var missingConcepts = titleConcepts.Where(c => !resumeConcepts.Contains(c)).ToList();
        var title = titleConcepts.Count > 0
            ? (double)shared.Count / titleConcepts.Count
            : ContentWords.Coverage(ContentWords.Of(f.Title), resumeWords) ?? 0.5;

        var summaryCoverage = ContentWords.Coverage(ContentWords.Of(string.Join('\n', f.Posting.TextOf(PostingSection.Summary))), resumeWords);
        var summary = Scale(summaryCoverage ?? title);

        var dutyCoverage = ContentWords.Coverage(ContentWords.Of(string.Join('\n', f.Posting.TextOf(PostingSection.Responsibilities))), resumeWords);
        var dutySkills = Mean(f.Duties);
        var duties = (dutySkills, dutyCoverage) switch
        {
            (null, null) => 1.0,
            (null, { } c) => Scale(c),
            ({ } s, null) => s,
            ({ } s, { } c) => 0.6 * s + 0.4 * Scale(c),
        };

        var years = f.Posting.Years;
        var candidate = f.Resume.Experience.Years;
        var experience = years.MinimumYears is { } minimum ? Math.Min(1.0, candidate / minimum) : 1.0;

        var essentialHard = f.Essential.Where(v => !v.Skill.IsSoft).ToList();
        var required = Mean(essentialHard) is { } r
            ? years.MinimumYears is null ? r : 0.8 * r + 0.2 * experience
            : years.MinimumYears is null ? 1.0 : experience;
        var preferred = Mean(f.Preferred.Where(v => !v.Skill.IsSoft)) ?? 1.0;

        var hardAll = essentialHard.Concat(essentialHard).Concat(f.Preferred.Where(v => !v.Skill.IsSoft)).Concat(f.Duties.Where(v => !v.Skill.IsSoft)).ToList();
        var hard = Mean(hardAll) ?? 1.0;
        var soft = f.Essential.Concat(f.Preferred).Concat(f.Duties).Where(v => v.Skill.IsSoft).DistinctBy(v => v.Skill).ToList();
        var softScore = Mean(soft) ?? 1.0;

        var allHard = f.Essential.Concat(f.Preferred).Concat(f.Duties).Where(v => !v.Skill.IsSoft).DistinctBy(v => v.Skill).ToList();
        var sections = new SectionAnalyses
        {
            JobTitle = Section(title, p.JobTitle(f.Title, missingConcepts)),
            Summary = Section(summary, p.Summary(summary)),
            Responsibilities = Section(duties, p.Responsibilities(EngineFindings.Names(f.Duties, SkillStatus.Matched), EngineFindings.Names(f.Duties, SkillStatus.Missing))),
            RequiredQualifications = Section(required, p.Required(
                EngineFindings.Names(essentialHard, SkillStatus.Matched), EngineFindings.Names(essentialHard, SkillStatus.Missing), EngineFindings.Names(essentialHard, SkillStatus.Learning))),
            PreferredQualifications = Section(preferred, p.Preferred(EngineFindings.Names(f.Preferred, SkillStatus.Matched), EngineFindings.Names(f.Preferred, SkillStatus.Missing))),
            HardSkills = Section(hard, p.HardSkills(
                allHard.Where(v => v.Rating >= 4).Select(v => v.Skill.Name).ToList(), allHard.Where(v => v.Rating == 3).Select(v => v.Skill.Name).ToList())),
            SoftSkills = Section(softScore, p.SoftSkills(EngineFindings.Names(soft, SkillStatus.Matched), soft.Where(v => v.Status != SkillStatus.Matched).Select(v => v.Skill.Name).ToList())),
            Experience = Section(experience, p.Experience(candidate, years.MinimumYears, years.EntryLevelAccepted)),
        };

        // Weights: what a recruiter screens on first weighs most; a section the posting lacks weighs nothing.
        var weighted = new List<(double Score, double Weight)>
        {
            (required, 0.35), (hard, essentialHard.Count + f.Preferred.Count > 0 ? 0.15 : 0), (experience, years.MinimumYears is null ? 0 : 0.15),
            (duties, dutySkills is null && dutyCoverage is null ? 0 : 0.1), (preferred, f.Preferred.Count > 0 ? 0.1 : 0),
            (title, 0.05), (summary, summaryCoverage is null ? 0 : 0.05), (softScore, soft.Count > 0 ? 0.05 : 0),
        };
        var overall = weighted.Sum(w => w.Score * w.Weight) / weighted.Sum(w => w.Weight);
        return (sections, Round(overall));
    }

    /// <summary>Word coverage rarely passes one half even for a good fit; doubling it (capped) reads as a score.</summary>
    private static double Scale(double coverage) => Math.Min(1.0, coverage * 2);

    private static double? Mean(IEnumerable<SkillVerdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Count == 0 ? null : list.Average(v => v.Credit);
    }

    private static SectionAnalysis Section(double score, string comment) => new()
    {
        Score = Round(score),
        Comments = new SectionComments { ApplicantPerspective = comment },
    };

    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
