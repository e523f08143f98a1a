using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Saju;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary><c>POST /v1/calculations/saju</c>: validates the input and computes a chart (nothing stored).</summary>
public sealed class SajuCalculationAppService
{
    public SajuChartDto Calculate(SajuCalculationInput input)
    {
        var chart = Compute(input);
        return SajuChartMapper.ToDto(chart, includeAnalysis: input.IncludeAnalysis ?? true);
    }

    internal static SajuChart Compute(BirthDataInput input)
    {
        var request = new SajuRequest
        {
            BirthYear = InputParsing.Required(input.BirthYear, "birth_year"),
            BirthMonth = InputParsing.Required(input.BirthMonth, "birth_month"),
            BirthDay = InputParsing.Required(input.BirthDay, "birth_day"),
            BirthHour = input.BirthHour,
            BirthMinute = input.BirthMinute ?? 0,
            Gender = InputParsing.Enum(InputParsing.Required(input.Gender, "gender"), "gender", Gender.Male),
            CalendarType = InputParsing.Enum(input.CalendarType, "calendar_type", CalendarType.Solar),
            IsLeapMonth = input.IsLeapMonth ?? false,
            TimeCorrection = InputParsing.Enum(input.TimeCorrection, "time_correction", TimeCorrection.None),
            JasiConvention = InputParsing.Enum(input.JasiConvention, "jasi_convention", JasiConvention.Split),
            Longitude = input.Longitude,
        };
        if (input.BirthMinute is not null && input.BirthHour is null)
            throw FortuneRefusal.Invalid("birth_minute", "birth_minute needs birth_hour.");
        try
        {
            return SajuCalculator.Calculate(request);
        }
        catch (SajuValidationException e)
        {
            throw FortuneRefusal.Invalid(e.Field, e.Message);
        }
    }
}
