using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

/// <summary>Shorthand for building requests and reading charts in tests.</summary>
internal static class Charts
{
    public static SajuRequest Request(string wallClock, Gender gender = Gender.Male)
    {
        var at = DateTime.ParseExact(wallClock, "yyyy-MM-dd HH:mm", null);
        return new SajuRequest
        {
            BirthYear = at.Year, BirthMonth = at.Month, BirthDay = at.Day,
            BirthHour = at.Hour, BirthMinute = at.Minute, Gender = gender,
        };
    }

    public static SajuChart Of(string wallClock, Gender gender = Gender.Male) =>
        SajuCalculator.Calculate(Request(wallClock, gender));

    /// <summary>"경오 신사 경진 계미" — the pillars present, year first.</summary>
    public static string Hangul(this SajuChart chart) => string.Join(' ', chart.Pillars.Select(p => p.Pillar.Hangul));

    public static string Hanja(this SajuChart chart) => string.Join(' ', chart.Pillars.Select(p => p.Pillar.Hanja));

    /// <summary>The KST wall-clock minute of a UTC instant, as the product's users would type it.</summary>
    public static string KstMinute(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm");
}
