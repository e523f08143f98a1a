namespace Forge.Analysis.Contracts.Results;

/// <summary><c>essential</c> or <c>preferred</c>: one item per distinct skill the posting asks for.</summary>
public sealed record SkillGroup
{
    public required IReadOnlyList<SkillAnalysisResult> SkillAnalysisResults { get; init; }
}

public sealed record SkillAnalysisResult
{
    /// <summary>Canonical name from the skill dictionary, e.g. <c>Kubernetes</c>.</summary>
    public required string Skill { get; init; }

    /// <summary>Dictionary category, e.g. <c>Cloud &amp; DevOps</c>, <c>Soft skill</c>.</summary>
    public required string Category { get; init; }

    /// <summary><c>MATCHED</c> (the resume shows it), <c>LEARNING</c> (only studying / not used) or <c>MISSING</c>.</summary>
    public required string Status { get; init; }

    /// <summary>0–5: 0 missing, 1 learning, 3 listed, 4 used in a role or project, 5 used repeatedly.</summary>
    public required int Rating { get; init; }

    /// <summary>One sentence in the posting's language explaining the rating.</summary>
    public required string Evaluation { get; init; }

    /// <summary>Resume passages that show the skill (empty when missing), first mention first, at most three.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }
}

/// <summary>A resume passage and its span in the analysed (NFC-normalised) resume text.</summary>
public sealed record Evidence
{
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
}
