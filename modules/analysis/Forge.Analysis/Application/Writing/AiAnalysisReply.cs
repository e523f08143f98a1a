using System.Text.Json;
using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Application.Writing;

/// <summary>
/// What the model is asked for (ADR 47): the evaluative text only — eight section comments, the overall evaluation
/// and, optionally, a sentence per skill the engine judged. Every member is nullable so a missing one is reported back
/// to the model by name in the repair turn instead of failing deserialization. Scores, verdicts and evidence are not
/// asked for; any the model volunteers are ignored (unknown members are dropped).
/// </summary>
internal sealed record AiAnalysisReply(AiSectionTexts? Sections, IReadOnlyList<AiSkillText?>? Skills, AiOverallText? OverallEvaluation)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

internal sealed record AiSectionTexts(
    string? JobTitle, string? Summary, string? Responsibilities, string? RequiredQualifications,
    string? PreferredQualifications, string? HardSkills, string? SoftSkills, string? Experience)
{
    /// <summary>The eight texts with their wire names, in the result's order.</summary>
    public IEnumerable<(string Name, string? Text)> Named() =>
    [
        ("jobTitle", JobTitle), ("summary", Summary), ("responsibilities", Responsibilities),
        ("requiredQualifications", RequiredQualifications), ("preferredQualifications", PreferredQualifications),
        ("hardSkills", HardSkills), ("softSkills", SoftSkills), ("experience", Experience),
    ];
}

internal sealed record AiSkillText(string? Skill, string? Evaluation);

internal sealed record AiOverallText(
    IReadOnlyList<string?>? Feedback, IReadOnlyList<string?>? Recommendations, IReadOnlyList<string?>? ImprovementSuggestionsForApplicant,
    IReadOnlyList<AiCategorizedText?>? ResumeFeedback, IReadOnlyList<AiCategorizedText?>? CoverLetterFeedback);

internal sealed record AiCategorizedText(string? Category, IReadOnlyList<string?>? Feedback);

/// <summary>Checks a reply against the engine's result and merges it in: the model's words, the engine's numbers.</summary>
internal static class AiAnalysisReplyRules
{
    public const int MaxText = 1200;
    public const int MaxItems = 8;

    /// <summary>What is wrong with <paramref name="reply"/>, in words the repair turn sends back; empty when valid.</summary>
    public static IEnumerable<string> Validate(AiAnalysisReply reply, AnalysisResult engine)
    {
        var korean = engine.Language == "ko";
        if (reply.Sections is not { } sections) yield return "sections is required";
        else
            foreach (var (name, text) in sections.Named())
                if (TextFault($"sections.{name}", text, korean) is { } fault) yield return fault;

        var known = engine.Essential.SkillAnalysisResults.Concat(engine.Preferred.SkillAnalysisResults).Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (skill, i) in (reply.Skills ?? []).Select((s, i) => (s, i)))
        {
            if (skill?.Skill is not { } name || !known.Contains(name))
                yield return $"skills[{i}].skill must be one of the listed skills exactly ({skill?.Skill ?? "null"} is not)";
            else if (!seen.Add(name)) yield return $"skills[{i}].skill {name} appears twice";
            if (TextFault($"skills[{i}].evaluation", skill?.Evaluation, korean) is { } fault) yield return fault;
        }

        if (reply.OverallEvaluation is not { } overall)
        {
            yield return "overallEvaluation is required";
            yield break;
        }
        foreach (var fault in ListFaults("overallEvaluation.feedback", overall.Feedback, 1, korean)
                     .Concat(ListFaults("overallEvaluation.recommendations", overall.Recommendations, 1, korean))
                     .Concat(ListFaults("overallEvaluation.improvementSuggestionsForApplicant", overall.ImprovementSuggestionsForApplicant, 1, korean))
                     .Concat(CategorizedFaults("overallEvaluation.resumeFeedback", overall.ResumeFeedback, korean))
                     .Concat(CategorizedFaults("overallEvaluation.coverLetterFeedback", overall.CoverLetterFeedback, korean)))
            yield return fault;
    }

    /// <summary>The engine's result with the model's text: scores, verdicts, ratings, evidence and questions untouched.</summary>
    public static AnalysisResult Merge(AnalysisResult engine, AiAnalysisReply reply, string engineLabel)
    {
        var s = reply.Sections!;
        var a = engine.Analysis;
        var evaluations = (reply.Skills ?? []).ToDictionary(k => k!.Skill!, k => k!.Evaluation!, StringComparer.Ordinal);
        var o = reply.OverallEvaluation!;
        return engine with
        {
            Engine = engineLabel,
            Analysis = new SectionAnalyses
            {
                JobTitle = Comment(a.JobTitle, s.JobTitle), Summary = Comment(a.Summary, s.Summary),
                Responsibilities = Comment(a.Responsibilities, s.Responsibilities),
                RequiredQualifications = Comment(a.RequiredQualifications, s.RequiredQualifications),
                PreferredQualifications = Comment(a.PreferredQualifications, s.PreferredQualifications),
                HardSkills = Comment(a.HardSkills, s.HardSkills), SoftSkills = Comment(a.SoftSkills, s.SoftSkills),
                Experience = Comment(a.Experience, s.Experience),
            },
            Essential = Evaluated(engine.Essential, evaluations),
            Preferred = Evaluated(engine.Preferred, evaluations),
            OverallEvaluation = new OverallEvaluation
            {
                Feedback = Texts(o.Feedback), Recommendations = Texts(o.Recommendations),
                ImprovementSuggestionsForApplicant = Texts(o.ImprovementSuggestionsForApplicant),
                ResumeFeedback = Categorized(o.ResumeFeedback), CoverLetterFeedback = Categorized(o.CoverLetterFeedback),
            },
        };
    }

    private static SectionAnalysis Comment(SectionAnalysis engine, string? text) =>
        engine with { Comments = new SectionComments { ApplicantPerspective = text!.Trim() } };

    private static SkillGroup Evaluated(SkillGroup group, IReadOnlyDictionary<string, string> evaluations) => new()
    {
        SkillAnalysisResults = group.SkillAnalysisResults
            .Select(s => evaluations.TryGetValue(s.Skill, out var text) ? s with { Evaluation = text.Trim() } : s).ToList(),
    };

    private static IReadOnlyList<string> Texts(IReadOnlyList<string?>? texts) => (texts ?? []).Select(t => t!.Trim()).ToList();

    private static IReadOnlyList<CategorizedFeedback> Categorized(IReadOnlyList<AiCategorizedText?>? items) =>
        (items ?? []).Select(c => new CategorizedFeedback { Category = c!.Category!.Trim(), Feedback = Texts(c.Feedback) }).ToList();

    private static IEnumerable<string> ListFaults(string name, IReadOnlyList<string?>? texts, int min, bool korean)
    {
        if (texts is null || texts.Count < min || texts.Count > MaxItems)
        {
            yield return $"{name} must be an array of {min}–{MaxItems} strings";
            yield break;
        }
        for (var i = 0; i < texts.Count; i++)
            if (TextFault($"{name}[{i}]", texts[i], korean) is { } fault) yield return fault;
    }

    private static IEnumerable<string> CategorizedFaults(string name, IReadOnlyList<AiCategorizedText?>? items, bool korean)
    {
        if (items is null || items.Count > MaxItems)
        {
            yield return $"{name} must be an array of at most {MaxItems} {{category, feedback}} objects";
            yield break;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]?.Category)) yield return $"{name}[{i}].category must be a non-empty string";
            foreach (var fault in ListFaults($"{name}[{i}].feedback", items[i]?.Feedback, 1, korean)) yield return fault;
        }
    }

    // The result is written in the posting's language (ADR 37); a Korean posting's advice must at least contain Hangul.
    private static string? TextFault(string name, string? text, bool korean) =>
        string.IsNullOrWhiteSpace(text) ? $"{name} must be a non-empty string"
        : text.Length > MaxText ? $"{name} must be at most {MaxText} characters"
        : korean && !text.Any(IsHangul) ? $"{name} must be written in Korean"
        : null;

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3131' and <= '\u318E';
}
