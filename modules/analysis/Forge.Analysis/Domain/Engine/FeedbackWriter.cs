using System.Text.RegularExpressions;
using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// <c>overallEvaluation</c>: the verdict and its reasons, a recommendation, concrete edits to the resume
/// (show use of listed-only skills, close or explain gaps, dates, figures) and what a cover letter should
/// say, each built from the verdicts so it names this candidate's skills and passages.
/// </summary>
internal static partial class FeedbackWriter
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*(?:%|퍼센트|배|x\b|건|명|억|만|천|k\b|m\b|ms\b|초|시간|hours?\b|users?\b|고객)", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    public static OverallEvaluation Write(EngineFindings f, double overall)
    {
        var p = f.Phrases;
        var essential = f.Essential.Where(v => !v.Skill.IsSoft).ToList();
        var strengths = essential.Where(v => v.Rating >= 4).Select(v => v.Skill.Name).ToList();
        var missing = EngineFindings.Names(essential, SkillStatus.Missing);
        var learning = EngineFindings.Names(essential, SkillStatus.Learning);
        var listedOnly = essential.Concat(f.Preferred).Where(v => v.Rating == 3).Select(v => v.Skill.Name).ToList();

        var feedback = new List<string> { p.OverallFit(overall, f.Title) };
        if (strengths.Count > 0) feedback.Add(p.StrengthsLine(strengths));
        if (missing.Count > 0) feedback.Add(p.GapsLine(missing));
        feedback.Add(p.Experience(f.Resume.Experience.Years, f.Posting.Years.MinimumYears, f.Posting.Years.EntryLevelAccepted));

        var recommendations = new List<string> { p.Recommendation(overall, missing.Count) };
        if (missing.Count + learning.Count > 0) recommendations.Add(p.PrepareFor(missing.Concat(learning).Take(4).ToList()));

        var improvements = new List<string>();
        improvements.AddRange(listedOnly.Take(3).Select(p.ShowUse));
        improvements.AddRange(missing.Take(3).Select(p.CloseGap));
        improvements.AddRange(learning.Take(2).Select(p.FinishLearning));
        var figures = Figure().Matches(f.Resume.Text).Count;
        if (f.Resume.Experience.Periods.Count == 0) improvements.Add(p.AddDates());
        if (figures < 2) improvements.Add(p.Quantify());
        if (RoleWords.In(f.Title).Any(c => !RoleWords.In(f.Resume.Text).Contains(c))) improvements.Add(p.TailorToTitle(f.Title));
        if (improvements.Count == 0) improvements.Add(p.NoImprovements());

        return new OverallEvaluation
        {
            Feedback = feedback,
            Recommendations = recommendations,
            ImprovementSuggestionsForApplicant = improvements,
            ResumeFeedback = ResumeFeedback(f, listedOnly, figures),
            CoverLetterFeedback = CoverLetterFeedback(f, essential),
        };
    }

    private static List<CategorizedFeedback> ResumeFeedback(EngineFindings f, IReadOnlyList<string> listedOnly, int figures)
    {
        var p = f.Phrases;
        return
        [
            new() { Category = p.CategorySkills, Feedback = listedOnly.Count > 0 ? listedOnly.Take(3).Select(p.ShowUse).ToList() : [p.ResumeSkillsOk()] },
            new()
            {
                Category = p.CategoryExperience,
                Feedback = [f.Resume.Experience.Periods.Count > 0 ? p.ResumeExperienceOk(f.Resume.Experience.Years) : p.AddDates()],
            },
            new() { Category = p.CategoryStructure, Feedback = [f.Resume.HasHeadings ? p.ResumeStructureOk() : p.ResumeNoHeadings()] },
            new() { Category = p.CategoryAchievements, Feedback = [figures >= 2 ? p.ResumeAchievementsOk(figures) : p.Quantify()] },
        ];
    }

    private static List<CategorizedFeedback> CoverLetterFeedback(EngineFindings f, IReadOnlyList<SkillVerdict> essential)
    {
        var p = f.Phrases;
        var strengths = essential.Where(v => v.Rating >= 4).OrderByDescending(v => v.Rating).ThenBy(v => v.Asked.FirstPosition).Take(2)
            .Select(v => p.CoverStrength(v.Skill.Name, f.Passage(v.Evidence[0], 60))).ToList();
        var gaps = essential.Where(v => v.Status != SkillStatus.Matched).Take(3)
            .Select(v => p.CoverGap(v.Skill.Name, v.Status == SkillStatus.Learning)).ToList();
        var list = new List<CategorizedFeedback> { new() { Category = p.CategoryOpening, Feedback = [p.CoverOpening(f.Title)] } };
        if (strengths.Count > 0) list.Add(new() { Category = p.CategoryStrengths, Feedback = strengths });
        list.Add(new() { Category = p.CategoryGaps, Feedback = gaps.Count > 0 ? gaps : [p.CoverNoGaps()] });
        return list;
    }
}
