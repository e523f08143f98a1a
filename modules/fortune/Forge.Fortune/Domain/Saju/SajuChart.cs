namespace Forge.Fortune.Domain.Saju;

public enum PillarPosition
{
    Year,
    Month,
    Day,
    Hour,
}

public readonly record struct HiddenStemDetail(HeavenlyStem Stem, HiddenStemRole Role, TenGod TenGod);

/// <summary>
/// A pillar in its place in the chart. <see cref="StemTenGod"/> is null for the day pillar: its stem is
/// the day master itself (일간), the reference every other ten god is read from.
/// </summary>
public sealed record ChartPillar(
    PillarPosition Position,
    Pillar Pillar,
    TenGod? StemTenGod,
    TenGod BranchTenGod,
    IReadOnlyList<HiddenStemDetail> HiddenStems);

/// <summary>What the chart was computed under, so a reader can reproduce or question it.</summary>
public sealed record SajuConventions(
    TimeCorrection TimeCorrection,
    JasiConvention JasiConvention,
    double? Longitude,
    CalendarType CalendarType,
    DateOnly SolarBirthDate,
    bool HourKnown,
    BirthTime Time,
    int SajuYear,
    JeolInstant MonthJeol);

/// <summary>A computed 사주팔자 chart with the values the product derives from it.</summary>
public sealed record SajuChart(
    ChartPillar Year,
    ChartPillar Month,
    ChartPillar Day,
    ChartPillar? Hour,
    ElementBalance Elements,
    FiveElement WeakestElement,
    Daeun Daeun,
    SajuConventions Conventions) : INatalChart
{
    public HeavenlyStem DayMaster => Day.Pillar.Stem;

    /// <summary>E.g. "병화", the product's <c>day_master</c>.</summary>
    public string DayMasterName => DayMaster.HangulWithElement();

    public FiveElement DayMasterElement => DayMaster.Element();

    /// <summary>The pillars present, year first.</summary>
    public IReadOnlyList<ChartPillar> Pillars => Hour is null ? [Year, Month, Day] : [Year, Month, Day, Hour];

    public Seun SeunFor(int year) => Seun.For(DayMaster, year);
}
