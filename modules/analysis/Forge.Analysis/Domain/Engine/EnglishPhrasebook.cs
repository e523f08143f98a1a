namespace Forge.Analysis.Domain.Engine;

/// <summary>The built-in engine's sentences in English.</summary>
internal sealed class EnglishPhrasebook : Phrasebook
{
    public static readonly EnglishPhrasebook Instance = new();

    public override string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    public override string Years(double years) => years == 1 ? "1 year" : $"{years:0.#} years";

    public override string JobTitle(string title, IReadOnlyList<string> missing) =>
        missing.Count == 0
            ? $"Your experience lines up with the '{title}' role. Use the role's own title in your summary so the match is obvious at a glance."
            : $"The link to the '{title}' role is weak in your resume. If you have held a similar role, describe it in the posting's words.";

    public override string Summary(double score) => score >= 0.6
        ? "Your background overlaps well with the role the posting describes. Open your summary with the one or two experiences closest to it."
        : "Your resume shares little with the role the posting describes. Rewrite your summary for this position and move the most relevant experience up.";

    public override string Responsibilities(IReadOnlyList<string> shown, IReadOnlyList<string> notShown) =>
        (shown.Count > 0 ? $"Your resume shows work with {Join(shown)}, which the role's duties call for. " : "")
        + (notShown.Count > 0 ? $"Nothing shows work with {Join(notShown)}; if you have done similar work, describe it concretely." : "Add scale and results to each duty you have done to make it convincing.");

    public override string Required(IReadOnlyList<string> matched, IReadOnlyList<string> missing, IReadOnlyList<string> learning) =>
        (matched.Count > 0 ? $"Your resume gives evidence for {Join(matched)} among the requirements. " : "Your resume gives little evidence for the requirements. ")
        + (missing.Count > 0 ? $"{Join(missing)} {(missing.Count == 1 ? "does" : "do")} not appear. " : "")
        + (learning.Count > 0 ? $"{Join(learning)} {(learning.Count == 1 ? "is" : "are")} described as being learned, which does not count as working experience yet." : "");

    public override string Preferred(IReadOnlyList<string> matched, IReadOnlyList<string> missing) =>
        matched.Count == 0 && missing.Count == 0 ? "The posting lists no preferred qualifications."
        : (matched.Count > 0 ? $"{Join(matched)} from the nice-to-haves {(matched.Count == 1 ? "is a" : "are")} plus for you. " : "")
          + (missing.Count > 0 ? $"{Join(missing)} {(missing.Count == 1 ? "is" : "are")} not required, but mention any experience you have." : "");

    public override string HardSkills(IReadOnlyList<string> used, IReadOnlyList<string> listedOnly) =>
        (used.Count > 0 ? $"You show real use of {Join(used)} in roles or projects. " : "")
        + (listedOnly.Count > 0 ? $"{Join(listedOnly)} {(listedOnly.Count == 1 ? "appears" : "appear")} only in a skills list; say where and how you used {(listedOnly.Count == 1 ? "it" : "them")}." : "Each skill comes with the context you used it in.");

    public override string SoftSkills(IReadOnlyList<string> shown, IReadOnlyList<string> notShown) =>
        shown.Count == 0 && notShown.Count == 0 ? "The posting names no particular soft skills; one short collaboration example still helps."
        : (shown.Count > 0 ? $"Your resume shows {Join(shown)}. " : "")
          + (notShown.Count > 0 ? $"Show {Join(notShown)}, which the posting stresses, with an example (situation, action, result)." : "");

    public override string Experience(double candidate, int? required, bool entryLevel) =>
        required is null
            ? entryLevel ? $"The role is open to newcomers. Your dated experience adds up to {Years(candidate)}." : $"The posting sets no minimum years. Your dated experience adds up to {Years(candidate)}."
            : candidate >= required
                ? $"You meet the {required}+ years asked for ({Years(candidate)} of dated experience)."
                : $"The posting asks for {required}+ years; your dated experience adds up to {Years(candidate)}. Add dates to any role that lacks them, and make up for fewer years with the depth of your results.";

    public override string SkillEvaluation(SkillVerdict verdict, bool essential) => verdict.Status switch
    {
        SkillStatus.Missing when verdict.Instead is { Count: > 0 } instead =>
            $"{verdict.Skill.Name} {(essential ? "is required" : "is a plus")}; the resume shows {Join(instead.Select(s => s.Name))} instead, a near miss, not {verdict.Skill.Name} itself.",
        SkillStatus.Missing when verdict.OthersOnly =>
            $"{verdict.Skill.Name} appears in the resume only in work someone else did, so it is not the candidate's own evidence.",
        SkillStatus.Missing => essential ? $"{verdict.Skill.Name} is required, but the resume gives no evidence of it." : $"The resume shows no experience with {verdict.Skill.Name}.",
        SkillStatus.Learning => $"{verdict.Skill.Name} is described as being learned or not yet used, so it does not count as evidence.",
        _ => verdict.Rating switch
        {
            5 => $"{verdict.Skill.Name} is used in several roles or projects.",
            4 => $"{verdict.Skill.Name} is used in a role or project.",
            _ => $"{verdict.Skill.Name} is listed, but the resume does not say where it was used.",
        },
    };

    public override (string, string) GapQuestion(string skill, bool essential) => (
        $"Have you worked with {skill}? If not, how have you solved the problems it is used for?",
        essential ? $"{skill} is required, and the resume shows no evidence of it." : $"{skill} is a nice-to-have that the resume does not show.");

    public override (string, string) LearningQuestion(string skill) => (
        $"How are you learning {skill}, and how long would you need to use it on the job?",
        $"{skill} is asked for, but the resume only says it is being learned.");

    public override (string, string) StrengthQuestion(string skill, string passage) => (
        $"In \"{passage}\", what was the hardest problem you solved with {skill}, and how?",
        $"{skill} is central to the role and the resume claims hands-on use; this checks its depth.");

    public override (string, string) ExperienceQuestion(double candidate, int required) => (
        $"The role asks for {required}+ years. Which part of your {Years(candidate)} of experience is closest to this role, and what did you achieve there?",
        $"The dated experience ({Years(candidate)}) is shorter than the {required} years asked for.");

    public override (string, string) TransferQuestion(string missing, string related) => (
        $"How would your experience with {related} carry over to work that needs {missing}?",
        $"{missing} is missing, but the resume shows {related} in the same area.");

    public override string OverallFit(double score, string title) => score switch
    {
        >= 0.8 => $"Strong fit for the '{title}' role (overall {score:0.00}).",
        >= 0.6 => $"Good fit for the '{title}' role, with some gaps (overall {score:0.00}).",
        >= 0.4 => $"Partial fit for the '{title}' role (overall {score:0.00}).",
        _ => $"Weak fit for the '{title}' role (overall {score:0.00}).",
    };

    public override string StrengthsLine(IReadOnlyList<string> strengths) => $"Strengths: hands-on evidence for {Join(strengths)}.";
    public override string GapsLine(IReadOnlyList<string> gaps) => $"Gaps: no evidence for the required {Join(gaps)}.";

    public override string Recommendation(double score, int missingEssential) => score >= 0.75 && missingEssential == 0
        ? "Apply. Prepare to explain the depth of your core skills with concrete figures."
        : score >= 0.5
            ? "Worth applying. Address the missing requirements up front in your cover letter with related experience and a learning plan."
            : "Close the main gaps first, or consider roles whose requirements fit your experience more closely.";

    public override string PrepareFor(IReadOnlyList<string> gaps) => $"Prepare for interview questions on {Join(gaps)}.";
    public override string ShowUse(string skill) => $"Add a line to a role or project saying what you used {skill} for and what came of it.";
    public override string CloseGap(string skill) => $"If you have used {skill}, say so; if not, build a small project with it.";
    public override string FinishLearning(string skill) => $"Show your {skill} learning with an outcome (a small project, a repository link); it is stronger than 'learning'.";
    public override string AddDates() => "Give every role its dates (e.g. Mar 2021 – Present); without them your years of experience cannot be confirmed.";
    public override string Quantify() => "Show results in numbers (e.g. cut latency by 40%, grew revenue 20%, handled 1M requests a month).";
    public override string TailorToTitle(string title) => $"Rewrite your summary for the '{title}' role.";
    public override string NoImprovements() => "You meet the core requirements; polish the resume around results.";

    public override string CategorySkills => "Skill evidence";
    public override string CategoryExperience => "Experience";
    public override string CategoryStructure => "Structure";
    public override string CategoryAchievements => "Achievements";
    public override string CategoryOpening => "Opening";
    public override string CategoryStrengths => "Strengths to highlight";
    public override string CategoryGaps => "Gaps to address";

    public override string ResumeSkillsOk() => "Each required skill comes with the context you used it in.";
    public override string ResumeExperienceOk(double years) => $"Your roles are dated, so your experience ({Years(years)}) can be confirmed.";
    public override string ResumeNoHeadings() => "Split the resume under headings (Experience, Skills, Education) so a reader finds what they need quickly.";
    public override string ResumeStructureOk() => "Clear headings make the resume easy to scan.";
    public override string ResumeAchievementsOk(int figures) => $"{figures} results are given in figures. Lead each role with its strongest one.";
    public override string CoverOpening(string title) => $"Open by saying why you want the '{title}' role and tie it to your single most relevant experience.";
    public override string CoverStrength(string skill, string passage) => $"{skill}: tell the story behind \"{passage}\" as problem, action, result.";
    public override string CoverGap(string skill, bool learning) => learning
        ? $"{skill}: say what you are learning now and how you will apply it."
        : $"{skill}: name your closest experience and how you will get up to speed.";
    public override string CoverNoGaps() => "No required skill is missing; show specific interest in the company and its product.";
}
