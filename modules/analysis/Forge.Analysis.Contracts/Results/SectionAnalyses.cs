using System.Text.Json.Serialization;

namespace Forge.Analysis.Contracts.Results;

/// <summary>The eight per-section verdicts of <c>result.analysis</c>.</summary>
public sealed record SectionAnalyses
{
    public required SectionAnalysis JobTitle { get; init; }
    public required SectionAnalysis Summary { get; init; }
    public required SectionAnalysis Responsibilities { get; init; }
    public required SectionAnalysis RequiredQualifications { get; init; }
    public required SectionAnalysis PreferredQualifications { get; init; }
    public required SectionAnalysis HardSkills { get; init; }
    public required SectionAnalysis SoftSkills { get; init; }
    public required SectionAnalysis Experience { get; init; }
}

/// <summary>One section: a score 0–1 (two decimals) and advice written to the applicant.</summary>
public sealed record SectionAnalysis
{
    public required double Score { get; init; }
    public required SectionComments Comments { get; init; }
}

public sealed record SectionComments
{
    /// <summary>Spelled as the reference spells it, whatever the naming policy.</summary>
    [JsonPropertyName("applicant_perspective")]
    public required string ApplicantPerspective { get; init; }
}
