using System.Text.Encodings.Web;
using System.Text.Json;
using Forge.Analysis.Contracts.Results;
using Microsoft.Extensions.AI;

namespace Forge.Analysis.Application.Writing;

/// <summary>
/// The conversation that asks a model for the evaluative text (ADR 47). The model sees what the built-in engine
/// extracted — section scores with the engine's own drafts, each skill's verdict, rating and evidence lines, the
/// experience figures — and never the documents themselves, so what it writes stays grounded in that evidence.
/// </summary>
internal static class AiAnalysisPrompt
{
    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Hangul as itself: fewer tokens, readable to the model
    };

    public static IReadOnlyList<ChatMessage> Messages(AnalysisResult engine) =>
    [
        new(ChatRole.System, System(engine.Language)),
        new(ChatRole.User, "Analysis facts (JSON):\n" + JsonSerializer.Serialize(Facts(engine), FactsJson)),
    ];

    private static string System(string language) => $$$"""
        You are a career coach writing feedback for a job applicant about one resume and one job posting.
        An analysis engine has already judged the match; its facts follow as JSON. Write ONLY the evaluative text.
        Rules:
        - Write in {{{(language == "ko" ? "Korean (한국어)" : "English")}}}, addressed to the applicant.
        - Do not change, restate differently or contradict the scores, skill statuses, ratings or years: they are fixed.
        - Ground every statement in the facts: cite evidence lines where useful; invent no experience, employer or skill.
        - A skill with status MISSING or LEARNING is not something the applicant has; suggest how to close the gap.
        Answer with one JSON object of exactly this shape:
        {"sections": {"jobTitle": "...", "summary": "...", "responsibilities": "...", "requiredQualifications": "...",
          "preferredQualifications": "...", "hardSkills": "...", "softSkills": "...", "experience": "..."},
         "skills": [{"skill": "<a skill name exactly as listed>", "evaluation": "<one sentence>"}],
         "overallEvaluation": {"feedback": ["..."], "recommendations": ["..."], "improvementSuggestionsForApplicant": ["..."],
          "resumeFeedback": [{"category": "...", "feedback": ["..."]}], "coverLetterFeedback": [{"category": "...", "feedback": ["..."]}]}}
        Each section text is 1–3 sentences; each list has 1–{{{AiAnalysisReplyRules.MaxItems}}} entries; no text over {{{AiAnalysisReplyRules.MaxText}}} characters.
        """;

    private static object Facts(AnalysisResult r) => new
    {
        language = r.Language,
        matchScore = r.MatchScore,
        sections = new Dictionary<string, object>
        {
            ["jobTitle"] = Section(r.Analysis.JobTitle), ["summary"] = Section(r.Analysis.Summary),
            ["responsibilities"] = Section(r.Analysis.Responsibilities),
            ["requiredQualifications"] = Section(r.Analysis.RequiredQualifications),
            ["preferredQualifications"] = Section(r.Analysis.PreferredQualifications),
            ["hardSkills"] = Section(r.Analysis.HardSkills), ["softSkills"] = Section(r.Analysis.SoftSkills),
            ["experience"] = Section(r.Analysis.Experience),
        },
        essentialSkills = r.Essential.SkillAnalysisResults.Select(Skill),
        preferredSkills = r.Preferred.SkillAnalysisResults.Select(Skill),
        experience = new
        {
            candidateYears = r.Extraction.CandidateYears,
            requiredYears = r.Extraction.RequiredYears,
            entryLevelAccepted = r.Extraction.EntryLevelAccepted,
            periods = r.Extraction.Periods.Select(p => new { p.Start, p.End, p.Months, evidence = p.Evidence.Text }),
        },
    };

    private static object Section(SectionAnalysis s) => new { score = s.Score, engineDraft = s.Comments.ApplicantPerspective };

    private static object Skill(SkillAnalysisResult s) => new
    {
        skill = s.Skill, category = s.Category, status = s.Status, rating = s.Rating,
        evidence = s.Evidence.Select(e => e.Text),
    };
}
