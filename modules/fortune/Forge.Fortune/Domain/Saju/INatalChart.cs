namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// What a reading needs from a chart: the natal pillars and what follows from them alone (day master,
/// element counts, weakest element). A full <see cref="SajuChart"/> computed from a birth is one; a
/// <see cref="NatalChart"/> built from pillars a caller already has (the v0 API takes a saju object, not
/// a birth) is the other — it has no 대운 and no conventions because no birth instant is known.
/// </summary>
public interface INatalChart
{
    ChartPillar Year { get; }
    ChartPillar Month { get; }
    ChartPillar Day { get; }
    ChartPillar? Hour { get; }
    ElementBalance Elements { get; }
    FiveElement WeakestElement { get; }
    HeavenlyStem DayMaster { get; }

    /// <summary>E.g. "병화", the product's <c>day_master</c>.</summary>
    string DayMasterName { get; }

    FiveElement DayMasterElement { get; }

    /// <summary>The pillars present, year first.</summary>
    IReadOnlyList<ChartPillar> Pillars { get; }
}
