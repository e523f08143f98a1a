namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Every sentence the built-in engine writes, in one language. Sentences are filled from what the engine
/// found (skill names, years, the resume's own words), never from chance, so the same input gives the
/// same text.
/// </summary>
internal abstract class Phrasebook
{
    public static Phrasebook For(string language) => language == "ko" ? KoreanPhrasebook.Instance : EnglishPhrasebook.Instance;

    public abstract string Join(IEnumerable<string> items);
    public abstract string Years(double years);

    // Section comments (analysis.*.comments.applicant_perspective)
    public abstract string JobTitle(string title, IReadOnlyList<string> missing);
    public abstract string Summary(double score);
    public abstract string Responsibilities(IReadOnlyList<string> shown, IReadOnlyList<string> notShown);
    public abstract string Required(IReadOnlyList<string> matched, IReadOnlyList<string> missing, IReadOnlyList<string> learning);
    public abstract string Preferred(IReadOnlyList<string> matched, IReadOnlyList<string> missing);
    public abstract string HardSkills(IReadOnlyList<string> used, IReadOnlyList<string> listedOnly);
    public abstract string SoftSkills(IReadOnlyList<string> shown, IReadOnlyList<string> notShown);
    public abstract string Experience(double candidate, int? required, bool entryLevel);

    // Skill items
    public abstract string SkillEvaluation(SkillVerdict verdict, bool essential);

    // Interview questions: (question, reason)
    public abstract (string, string) GapQuestion(string skill, bool essential);
    public abstract (string, string) LearningQuestion(string skill);
    public abstract (string, string) StrengthQuestion(string skill, string passage);
    public abstract (string, string) ExperienceQuestion(double candidate, int required);
    public abstract (string, string) TransferQuestion(string missing, string related);

    // Overall evaluation
    public abstract string OverallFit(double score, string title);
    public abstract string StrengthsLine(IReadOnlyList<string> strengths);
    public abstract string GapsLine(IReadOnlyList<string> gaps);
    public abstract string Recommendation(double score, int missingEssential);
    public abstract string PrepareFor(IReadOnlyList<string> gaps);
    public abstract string ShowUse(string skill);
    public abstract string CloseGap(string skill);
    public abstract string FinishLearning(string skill);
    public abstract string AddDates();
    public abstract string Quantify();
    public abstract string TailorToTitle(string title);
    public abstract string NoImprovements();

    public abstract string CategorySkills { get; }
    public abstract string CategoryExperience { get; }
    public abstract string CategoryStructure { get; }
    public abstract string CategoryAchievements { get; }
    public abstract string CategoryOpening { get; }
    public abstract string CategoryStrengths { get; }
    public abstract string CategoryGaps { get; }

    public abstract string ResumeSkillsOk();
    public abstract string ResumeExperienceOk(double years);
    public abstract string ResumeNoHeadings();
    public abstract string ResumeStructureOk();
    public abstract string ResumeAchievementsOk(int figures);
    public abstract string CoverOpening(string title);
    public abstract string CoverStrength(string skill, string passage);
    public abstract string CoverGap(string skill, bool learning);
    public abstract string CoverNoGaps();
}
