using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Simple;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary><c>POST /api/saju</c> (v0): the same engine, the simple API's field names and shape.</summary>
public sealed class SimpleSajuAppService
{
    public SimpleSajuResult Calculate(SimpleSajuInput input)
    {
        SajuChart chart;
        try
        {
            chart = SajuCalculationAppService.Compute(new SajuCalculationInput
            {
                BirthYear = input.Year, BirthMonth = input.Month, BirthDay = input.Day, BirthHour = input.Hour, BirthMinute = input.Minute,
                Gender = input.Gender, CalendarType = input.CalendarType, IsLeapMonth = input.IsLeapMonth,
                TimeCorrection = input.TimeCorrection, JasiConvention = input.JasiConvention, Longitude = input.Longitude,
            });
        }
        catch (ProductApiException e) when (e.Field is not null)
        {
            throw new ProductApiException(e.Kind, e.Code, e.Message.Replace(e.Field, V0Name(e.Field)), V0Name(e.Field));
        }

        return new SimpleSajuResult(
            new SimplePillars(Pillar(chart.Year.Pillar), Pillar(chart.Month.Pillar), Pillar(chart.Day.Pillar), chart.Hour is null ? null : Pillar(chart.Hour.Pillar)),
            new SimpleDayMaster(chart.DayMasterName, chart.DayMasterElement.English(), chart.DayMasterElement.Hangul()),
            Enum.GetValues<FiveElement>().ToDictionary(e => e.English(), e => chart.Elements[e]),
            chart.WeakestElement.English());
    }

    private static SimplePillar Pillar(Pillar p) => new(
        new SimpleStem(p.Stem.HangulWithElement(), p.Stem.Hangul(), p.Stem.Hanja(), p.Stem.Element().English(), p.Stem.Element().Hangul(),
            p.Stem.IsYang() ? "양" : "음", (int)p.Stem),
        new SimpleBranch(p.Branch.Hangul() + p.Branch.Element().Hangul(), p.Branch.Hangul(), p.Branch.Hanja(), p.Branch.Element().English(),
            p.Branch.Element().Hangul(), p.Branch.Animal(), (int)p.Branch),
        p.Hangul, p.Hanja);

    // v1's snake_case field → the v0 camelCase name the caller actually sent.
    private static string V0Name(string field) => field switch
    {
        "birth_year" => "year",
        "birth_month" => "month",
        "birth_day" => "day",
        "birth_hour" => "hour",
        "birth_minute" => "minute",
        "calendar_type" => "calendarType",
        "is_leap_month" => "isLeapMonth",
        "time_correction" => "timeCorrection",
        "jasi_convention" => "jasiConvention",
        _ => field,
    };
}
