using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Application;

/// <summary>Domain chart → wire shape (snake_case keys, English element names, Hangul ten gods).</summary>
internal static class SajuChartMapper
{
    public static SajuChartDto ToDto(SajuChart chart, bool includeAnalysis)
    {
        var c = chart.Conventions;
        return new SajuChartDto(
            new PillarsDto(Pillar(chart.Year, includeAnalysis), Pillar(chart.Month, includeAnalysis), Pillar(chart.Day, includeAnalysis),
                chart.Hour is null ? null : Pillar(chart.Hour, includeAnalysis)),
            chart.DayMasterName,
            chart.DayMasterElement.English(),
            Enum.GetValues<FiveElement>().ToDictionary(e => e.English(), e => chart.Elements[e]),
            chart.WeakestElement.English(),
            includeAnalysis ? chart.Pillars.ToDictionary(p => InputParsing.Wire(p.Position), p => (TenGodsDto?)TenGods(p.StemTenGod, p.BranchTenGod)) : null,
            includeAnalysis ? Daeun(chart.Daeun) : null,
            new ConventionsDto(InputParsing.Wire(c.CalendarType), InputParsing.Wire(c.TimeCorrection), InputParsing.Wire(c.JasiConvention),
                c.Longitude, c.SolarBirthDate.ToString("yyyy-MM-dd"),
                c.HourKnown ? new DateTimeOffset(DateTime.SpecifyKind(c.Time.InstantUtc, DateTimeKind.Utc)) : null,
                c.SajuYear));
    }

    private static PillarDto Pillar(ChartPillar p, bool includeAnalysis) => new(
        p.Pillar.Hangul, p.Pillar.Hanja,
        new StemDto(p.Pillar.Stem.Hangul(), p.Pillar.Stem.Hanja(), p.Pillar.Stem.Element().English(), p.Pillar.Stem.IsYang() ? "yang" : "yin"),
        new BranchDto(p.Pillar.Branch.Hangul(), p.Pillar.Branch.Hanja(), p.Pillar.Branch.Element().English(), p.Pillar.Branch.Animal()),
        includeAnalysis
            ? p.HiddenStems.Select(h => new HiddenStemDto(h.Stem.Hangul(), h.Stem.Hanja(), InputParsing.Wire(h.Role), h.TenGod.Hangul())).ToList()
            : null);

    private static TenGodsDto TenGods(TenGod? stem, TenGod branch) => new(stem?.Hangul(), branch.Hangul());

    private static DaeunDto Daeun(Daeun daeun) => new(
        InputParsing.Wire(daeun.Direction), daeun.StartAge, Math.Round(daeun.DaysToJeol, 3),
        daeun.Pillars.Select(p => new DaeunPillarDto(p.Order, p.StartAge, p.Pillar.Hangul, p.Pillar.Hanja, TenGods(p.StemTenGod, p.BranchTenGod))).ToList());
}
