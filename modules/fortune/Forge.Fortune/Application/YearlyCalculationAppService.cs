using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Fortunes;
using Forge.Hosting.AI;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary>
/// <c>POST /v1/calculations/yearly</c> (C-yearly; ADR 15): a chart's year — 세운, the year's reading and its
/// twelve 節 months — computed on the spot, nothing stored. With the model's provider configured the model
/// writes the year's reading (checked as a stored fortune is); the months are always the engine's.
/// </summary>
public sealed class YearlyCalculationAppService(IAiChatClientFactory ai, ModelCallOutcomes outcomes, ILogger<YearlyCalculationAppService> logger)
{
    public const string MonthsDisclaimer = "월별 풀이는 명리학 규칙에 따라 자동으로 계산된 결과이며, AI가 작성한 해석이 아닙니다.";

    public async Task<YearlyFortuneDto> CalculateAsync(YearlyCalculationInput input, CancellationToken ct)
    {
        var year = InputParsing.Required(input.TargetYear, "target_year");
        if (year is < SajuCalculator.MinYear or > SajuCalculator.MaxYear)
            throw FortuneRefusal.Invalid("target_year", $"target_year must be between {SajuCalculator.MinYear} and {SajuCalculator.MaxYear}.");
        var alias = ModelAlias.Parse(ai, input.Model);
        var chart = SajuCalculationAppService.Compute(input);

        var reading = YearlyReading.Read(chart, year);
        var content = ai.IsConfigured(alias)
            ? await new AiFortuneWriter(ai, outcomes, logger).WriteAsync(alias, chart, ReadingPeriod.For(FortuneType.Yearly, new DateOnly(year, 1, 1)), ct)
            : BuiltinFortuneWriter.Write(chart, FortuneType.Yearly, new DateOnly(year, 1, 1));
        var builtin = content.Engine == BuiltinReadingEngine.EngineName;

        var seun = reading.Seun;
        return new YearlyFortuneDto(
            year, content.Model, content.Engine,
            SajuChartMapper.ToDto(chart, includeAnalysis: false),
            new SeunDto(year, seun.Pillar.Hangul, seun.Pillar.Hanja, new TenGodsDto(seun.StemTenGod.Hangul(), seun.BranchTenGod.Hangul()),
                Utc(reading.YearStart.Utc)),
            content.Score, content.Summary, content.Categories, content.LuckyItems,
            reading.Months.Select(Month).ToList(),
            BuiltinReadingEngine.EngineName,
            builtin ? BuiltinReadingEngine.Disclaimer : MonthsDisclaimer);
    }

    private static MonthFortuneDto Month(MonthReading m) => new(
        m.Order, m.Jeol.Jeol.Hangul(), m.Jeol.Jeol.Hanja(), FortuneMapper.Date(m.StartDate), Utc(m.Jeol.Utc),
        m.Pillar.Hangul, m.Pillar.Hanja, new TenGodsDto(m.StemTenGod.Hangul(), m.BranchTenGod.Hangul()), m.Score, m.Description);

    // Whole seconds: the solver's sub-second digits are noise, and the wire's timestamps end in Z.
    private static DateTimeOffset Utc(DateTime utc) =>
        new(DateTime.SpecifyKind(new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
}
