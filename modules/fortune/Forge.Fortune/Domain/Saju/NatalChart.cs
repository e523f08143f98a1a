namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// A chart from given pillars (no birth): the same ten gods, hidden stems, element counts and weakest
/// element as <see cref="SajuCalculator"/> derives, so the reading engine reads it exactly as it reads a
/// computed chart with the same pillars.
/// </summary>
public sealed record NatalChart(
    ChartPillar Year,
    ChartPillar Month,
    ChartPillar Day,
    ChartPillar? Hour,
    ElementBalance Elements,
    FiveElement WeakestElement) : INatalChart
{
    public HeavenlyStem DayMaster => Day.Pillar.Stem;

    public string DayMasterName => DayMaster.HangulWithElement();

    public FiveElement DayMasterElement => DayMaster.Element();

    public IReadOnlyList<ChartPillar> Pillars => Hour is null ? [Year, Month, Day] : [Year, Month, Day, Hour];

    public static NatalChart FromPillars(Pillar year, Pillar month, Pillar day, Pillar? hour)
    {
        var dayMaster = day.Stem;
        ReadOnlySpan<Pillar> present = hour is { } h ? [year, month, day, h] : [year, month, day];
        return new NatalChart(
            SajuCalculator.Place(PillarPosition.Year, year, dayMaster),
            SajuCalculator.Place(PillarPosition.Month, month, dayMaster),
            SajuCalculator.Place(PillarPosition.Day, day, dayMaster),
            hour is { } hp ? SajuCalculator.Place(PillarPosition.Hour, hp, dayMaster) : null,
            ElementBalance.Of(present),
            ElementBalance.Weakest(present));
    }
}
