namespace Forge.Analysis.Contracts.Results;

public sealed record InterviewQuestion
{
    public required string Question { get; init; }

    /// <summary>Why an interviewer would ask it, tied to the resume or the posting.</summary>
    public required string Reason { get; init; }

    /// <summary>The skill or topic it probes, e.g. <c>Kubernetes</c> or <c>Experience</c>.</summary>
    public required string Focus { get; init; }

    /// <summary><c>GAP</c> (missing or learning), <c>STRENGTH</c> (claimed and evidenced) or <c>EXPERIENCE</c>.</summary>
    public required string FocusType { get; init; }
}
