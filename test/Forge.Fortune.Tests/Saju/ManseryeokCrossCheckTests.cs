using Forge.Fortune.Domain.Saju;
using Xunit.Abstractions;

namespace Forge.Fortune.Tests.Saju;

/// <summary>
/// Our engine against a published Korean manseryeok (the manseryeok npm package; the disagreement
/// analysis is in etc/scripts/saju-vectors/README.md). Each comparison uses the library's own 子-hour
/// convention and time correction, so a difference is a difference in calculation. Every disagreement
/// must fall into a class we can explain; the agreement rate is reported and must stay ≥ 99.5 %.
/// </summary>
public class ManseryeokCrossCheckTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, JasiConvention> Conventions = new()
    {
        ["split"] = JasiConvention.Split,
        ["midnight"] = JasiConvention.Midnight,
        ["day_start_23"] = JasiConvention.DayStart23,
    };

    [Fact]
    public void Pillars_agree_with_the_manseryeok_package()
    {
        var total = 0;
        var explained = new List<string>();
        var unexplained = new List<string>();
        foreach (var c in ManseryeokVectors.Cases)
        {
            foreach (var (key, expected) in c.Expected)
            {
                total++;
                var chart = SajuCalculator.Calculate(Request(c, key));
                var actual = key == "year_month"
                    ? $"{chart.Year.Pillar.Hangul} {chart.Month.Pillar.Hangul}"
                    : string.Join(' ', chart.Pillars.Select(p => p.Pillar.Hangul));
                if (actual == expected)
                    continue;
                var line = $"{c.Kind} {c.Input} {key}: library {expected}, ours {actual}";
                var why = Explain(c, chart);
                (why is null ? unexplained : explained).Add($"{line} — {why ?? "UNEXPLAINED"}");
            }
        }

        var disagreements = explained.Count + unexplained.Count;
        var rate = 1.0 - (double)disagreements / total;
        output.WriteLine($"{ManseryeokVectors.Cases.Count} cases, {total} pillar sets compared; " +
                         $"{disagreements} disagree ({unexplained.Count} unexplained); agreement {rate:P2}");
        explained.Concat(unexplained).ToList().ForEach(output.WriteLine);

        total.ShouldBeGreaterThan(1000);
        unexplained.ShouldBeEmpty();
        // ≥ 99.5 %: the near-節 cases are built to land in the same minute as a 節 about once in 21
        // draws, where a minute-precision table and a seconds-precision ephemeris legitimately disagree.
        rate.ShouldBeGreaterThanOrEqualTo(0.995);
    }

    [Fact]
    public void Ten_gods_and_daeun_agree_with_the_manseryeok_package()
    {
        var compared = 0;
        var mismatches = new List<string>();
        foreach (var c in ManseryeokVectors.Cases.Where(c => c.TenGods is not null))
        {
            var chart = SajuCalculator.Calculate(Request(c, "split") with { Gender = c.Gender == "female" ? Gender.Female : Gender.Male });
            if (Explain(c, chart) is not null)
                continue; // a same-minute 節 case: the month pillar itself differs, see above
            compared++;

            var tenGods = string.Join(' ', chart.Pillars.Select(p => $"{p.StemTenGod?.Hangul() ?? "일간"}/{p.BranchTenGod.Hangul()}"));
            if (tenGods != c.TenGods)
                mismatches.Add($"{c.Input} ten gods: library {c.TenGods}, ours {tenGods}");

            var d = chart.Daeun;
            var daeun = (d.Direction == DaeunDirection.Forward, d.StartAge, d.Pillars[0].Pillar.Hangul);
            var expected = (c.Daeun!.Forward, c.Daeun.StartAge, c.Daeun.First);
            // The start age rounds days/3; the library's 節 minutes may put a birth on the other side of x.5.
            var nearHalf = Math.Abs(d.DaysToJeol / 3 % 1 - 0.5) < 0.02;
            if (daeun != expected && !(nearHalf && daeun.Item1 == expected.Forward && daeun.Item3 == expected.First))
                mismatches.Add($"{c.Input} {c.Gender} daeun: library {expected}, ours {daeun} (days {d.DaysToJeol:F4})");
        }

        output.WriteLine($"ten gods and daeun compared for {compared} charts; {mismatches.Count} mismatches");
        mismatches.ForEach(output.WriteLine);
        compared.ShouldBeGreaterThan(1000);
        mismatches.ShouldBeEmpty();
    }

    private static SajuRequest Request(ManseryeokCase c, string key)
    {
        var at = c.InputDateTime;
        var request = new SajuRequest
        {
            BirthYear = at.Year, BirthMonth = at.Month, BirthDay = at.Day, BirthHour = at.Hour, BirthMinute = at.Minute,
            Gender = Gender.Male,
        };
        return c.Kind switch
        {
            "true_solar" => request with { TimeCorrection = TimeCorrection.TrueSolar, Longitude = c.Longitude },
            "historical_year_month" => request with { TimeCorrection = TimeCorrection.Historical },
            "lunar" => request with { CalendarType = CalendarType.Lunar, IsLeapMonth = c.IsLeapMonth ?? false },
            _ => request with { JasiConvention = Conventions[key] },
        };
    }

    /// <summary>The known, legitimate reasons for a disagreement; null when none applies.</summary>
    private static string? Explain(ManseryeokCase c, SajuChart chart)
    {
        var instant = chart.Conventions.Time.InstantUtc;
        var previous = JeolCalendar.OnOrBefore(instant).Utc;
        var next = JeolCalendar.After(instant).Utc;
        if ((instant - previous).TotalSeconds < 60 || (next - instant).TotalSeconds < 60)
            return "birth in the same minute as a 節: the library resolves 節 to the whole minute, we to the second";

        if (c.Kind == "lunar" && c.SolarDate != chart.Conventions.SolarBirthDate.ToString("yyyy-MM-dd")
            && chart.Conventions.SolarBirthDate.Year >= 2050)
            return "lunar month start in 2050: the library computes it (its KASI data ends 2049), .NET uses its table";

        return null;
    }
}
