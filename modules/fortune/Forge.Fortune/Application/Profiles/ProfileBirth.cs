using System.Globalization;
using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.Domain.Saju;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Profiles;

/// <summary>
/// A profile's birth data and gender after validation, with the chart the engine computes from them.
/// One path for create and update, through the same validation as <c>/v1/calculations/saju</c>.
/// </summary>
internal sealed record ProfileBirth(BirthData Birth, string Gender, SajuChart Chart)
{
    public static ProfileBirth Compute(BirthDataInput input)
    {
        var chart = SajuCalculationAppService.Compute(input);
        var gender = InputParsing.Wire(InputParsing.Enum(input.Gender, "gender", Domain.Saju.Gender.Male));
        var hour = input.BirthHour;
        var birth = new BirthData(
            input.BirthYear!.Value, input.BirthMonth!.Value, input.BirthDay!.Value,
            hour, hour is null ? null : input.BirthMinute,
            InputParsing.Wire(chart.Conventions.CalendarType), input.IsLeapMonth ?? false,
            InputParsing.Wire(chart.Conventions.TimeCorrection), InputParsing.Wire(chart.Conventions.JasiConvention),
            input.Longitude);
        return new ProfileBirth(birth, gender, chart);
    }

    public static BirthDataInput ToInput(BirthData birth, string gender) => new()
    {
        BirthYear = birth.Year, BirthMonth = birth.Month, BirthDay = birth.Day, BirthHour = birth.Hour, BirthMinute = birth.Minute,
        Gender = gender, CalendarType = birth.CalendarType, IsLeapMonth = birth.IsLeapMonth,
        TimeCorrection = birth.TimeCorrection, JasiConvention = birth.JasiConvention, Longitude = birth.Longitude,
    };

    /// <summary>Writes the clear-text chart summary (day master, elements) onto the profile.</summary>
    public void ApplyTo(Profile profile)
    {
        profile.Gender = Gender;
        profile.DayMaster = Chart.DayMasterName;
        profile.DayMasterElement = Chart.DayMasterElement.English();
        profile.WeakestElement = Chart.WeakestElement.English();
    }

    /// <summary>The name rule of P-create: required, at most 20 characters (as a reader counts them).</summary>
    public static string ValidName(string? name)
    {
        var trimmed = InputParsing.Required(name, "name").Trim();
        if (new StringInfo(trimmed).LengthInTextElements > 20)
            throw FortuneRefusal.Invalid("name", "name must be at most 20 characters.");
        return trimmed;
    }
}
