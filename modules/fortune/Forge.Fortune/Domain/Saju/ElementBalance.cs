namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// Counts of the five elements over a chart's surface characters — the stems and branches of the pillars
/// present (8, or 6 without an hour) — the measure the product's <c>elements</c> field reports.
/// </summary>
public sealed record ElementBalance(int Wood, int Fire, int Earth, int Metal, int Water)
{
    public int this[FiveElement element] => element switch
    {
        FiveElement.Wood => Wood,
        FiveElement.Fire => Fire,
        FiveElement.Earth => Earth,
        FiveElement.Metal => Metal,
        _ => Water,
    };

    public int Total => Wood + Fire + Earth + Metal + Water;

    public static ElementBalance Of(ReadOnlySpan<Pillar> pillars)
    {
        Span<int> counts = stackalloc int[5];
        foreach (var p in pillars)
        {
            counts[(int)p.Stem.Element()]++;
            counts[(int)p.Branch.Element()]++;
        }
        return new(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /// <summary>
    /// The least-present element. Ties — common, since two or three elements are often absent — are broken
    /// by how often each appears among the hidden stems of the same branches (an element with hidden roots
    /// is less lacking than one with none), and remaining ties by the fixed order 목 화 토 금 수, so the
    /// answer is deterministic and never depends on enumeration order.
    /// </summary>
    public static FiveElement Weakest(ReadOnlySpan<Pillar> pillars)
    {
        var surface = Of(pillars);
        Span<int> hidden = stackalloc int[5];
        foreach (var p in pillars)
            foreach (var h in HiddenStems.Row(p.Branch))
                hidden[(int)h.Stem.Element()]++;

        // Lowest (surface count, hidden count), then the fixed order: strict '<' keeps the earlier element on a tie.
        var weakest = FiveElement.Wood;
        for (var e = FiveElement.Fire; e <= FiveElement.Water; e++)
            if (surface[e] < surface[weakest] || (surface[e] == surface[weakest] && hidden[(int)e] < hidden[(int)weakest]))
                weakest = e;
        return weakest;
    }
}
