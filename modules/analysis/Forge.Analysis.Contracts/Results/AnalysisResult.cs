namespace Forge.Analysis.Contracts.Results;

/// <summary>
/// The result of one resume ↔ job-posting analysis (ADR 37). Plain C# names: the product's JSON naming
/// writes them camelCase, except <see cref="SectionComments.ApplicantPerspective"/>, which the
/// reference spells <c>applicant_perspective</c>.
/// </summary>
public sealed record AnalysisResult
{
    /// <summary>Which engine produced the evaluative text: <c>builtin</c> or a provider's name.</summary>
    public required string Engine { get; init; }

    /// <summary>Language the feedback is written in (the posting's): <c>ko</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Overall fit 0–1: a weighted mean of the section scores.</summary>
    public required double MatchScore { get; init; }

    public required SectionAnalyses Analysis { get; init; }
    public required SkillGroup Essential { get; init; }
    public required SkillGroup Preferred { get; init; }
    public required IReadOnlyList<InterviewQuestion> InterviewQuestions { get; init; }
    public required OverallEvaluation OverallEvaluation { get; init; }

    /// <summary>What the engine read from the two texts (years, dated periods), so every score can be traced.</summary>
    public required ExtractionFacts Extraction { get; init; }
}
