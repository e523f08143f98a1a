namespace Forge.Analysis.Contracts.Results;

public sealed record OverallEvaluation
{
    public required IReadOnlyList<string> Feedback { get; init; }
    public required IReadOnlyList<string> Recommendations { get; init; }
    public required IReadOnlyList<string> ImprovementSuggestionsForApplicant { get; init; }
    public required IReadOnlyList<CategorizedFeedback> ResumeFeedback { get; init; }
    public required IReadOnlyList<CategorizedFeedback> CoverLetterFeedback { get; init; }
}

/// <summary>Advice grouped under a heading, e.g. <c>{category: "Evidence", feedback: [...]}</c>.</summary>
public sealed record CategorizedFeedback
{
    public required string Category { get; init; }
    public required IReadOnlyList<string> Feedback { get; init; }
}
