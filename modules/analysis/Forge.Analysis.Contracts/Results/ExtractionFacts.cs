namespace Forge.Analysis.Contracts.Results;

public sealed record ExtractionFacts
{
    /// <summary>Years of experience from the dated roles, overlaps counted once, one decimal.</summary>
    public required double CandidateYears { get; init; }

    /// <summary>Minimum years the posting asks for; null when it states none.</summary>
    public required int? RequiredYears { get; init; }

    /// <summary>The posting accepts newcomers (신입, 경력 무관, no experience required).</summary>
    public required bool EntryLevelAccepted { get; init; }

    /// <summary>The dated periods counted, in resume order.</summary>
    public required IReadOnlyList<ExperiencePeriod> Periods { get; init; }
}

public sealed record ExperiencePeriod
{
    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Start { get; init; }

    /// <summary><c>yyyy-MM</c>, or null for a role held until now.</summary>
    public required string? End { get; init; }

    public required int Months { get; init; }
    public required Evidence Evidence { get; init; }
}
