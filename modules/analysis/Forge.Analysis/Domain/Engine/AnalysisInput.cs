namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// What the engine reads: plain resume and posting text (already extracted from the documents) and the
/// date that "현재" / "Present" means — the analysis's acceptance date, so a result never depends on the
/// clock and replays byte for byte.
/// </summary>
public sealed record AnalysisInput(string ResumeText, string PostingText, DateOnly AsOf);
