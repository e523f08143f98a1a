namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// One pillar (주): a stem and a branch, always of the same parity, so one of the 60 sexagenary pairs
/// (육십갑자). Counting in the 60-cycle is what every pillar rule reduces to: days advance by one,
/// 대운 step by one forward or backward from the month pillar.
/// </summary>
public readonly record struct Pillar
{
    public Pillar(HeavenlyStem stem, EarthlyBranch branch)
    {
        if ((int)stem % 2 != (int)branch % 2) ThrowNotAPair(stem, branch);
        Stem = stem;
        Branch = branch;
    }

    public HeavenlyStem Stem { get; }
    public EarthlyBranch Branch { get; }

    /// <summary>Position in the 60-cycle, 갑자 = 0 … 계해 = 59.</summary>
    public int SexagenaryIndex => (6 * (int)Stem - 5 * (int)Branch + 60) % 60;

    /// <summary>E.g. "경오".</summary>
    public string Hangul => Stem.Hangul() + Branch.Hangul();

    /// <summary>E.g. "庚午".</summary>
    public string Hanja => Stem.Hanja() + Branch.Hanja();

    public static Pillar FromSexagenaryIndex(int index) => Cycle[HeavenlyStemInfo.Modulo(index, 60)];

    public Pillar Shift(int steps) => FromSexagenaryIndex(SexagenaryIndex + steps);

    public override string ToString() => $"{Hangul}({Hanja})";

    // The 60 pairs in order: every pillar rule ends in a lookup here (the engine's hottest path).
    private static readonly Pillar[] Cycle = Enumerable.Range(0, 60)
        .Select(i => new Pillar(HeavenlyStemInfo.FromIndex(i), EarthlyBranchInfo.FromIndex(i))).ToArray();

    // Kept out of the constructor so the constructor stays small enough to inline.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotAPair(HeavenlyStem stem, EarthlyBranch branch) =>
        throw new ArgumentException($"{stem.Hanja()}{branch.Hanja()} is not a sexagenary pair: stem and branch parity differ.");
}
