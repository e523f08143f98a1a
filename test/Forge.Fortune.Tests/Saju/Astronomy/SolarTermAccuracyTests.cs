using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Domain.Saju.Astronomy;
using Xunit.Abstractions;

namespace Forge.Fortune.Tests.Saju.Astronomy;

/// <summary>
/// Solar-term instants from our ephemeris against published ones. All comparisons are in UTC (or KST =
/// UTC+9 where KASI publishes KST); Beijing-time (UTC+8) almanac tables are deliberately not used.
/// </summary>
public class SolarTermAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    // Equinoxes and solstices, published UTC instants to the minute (USNO / IMCCE; the examples).
    [InlineData(0.0, "2000-03-20T07:35")]
    [InlineData(90.0, "2000-06-21T01:48")]
    [InlineData(180.0, "2000-09-22T17:27")]
    [InlineData(270.0, "2000-12-21T13:37")]
    [InlineData(270.0, "2023-12-22T03:27")]
    [InlineData(0.0, "2024-03-20T03:06")]
    [InlineData(90.0, "2024-06-20T20:51")]
    [InlineData(180.0, "2024-09-22T12:44")]
    public void Equinoxes_and_solstices_fall_within_a_minute_of_the_published_UTC_instants(double longitude, string publishedUtc)
    {
        var published = Utc(publishedUtc);
        var computed = SolarTermSolver.Solve(longitude, published.AddDays(1.5));
        output.WriteLine($"{longitude,5}°  published {published:yyyy-MM-dd HH:mm}  computed {computed:yyyy-MM-dd HH:mm:ss} UTC");
        Math.Abs((computed - published).TotalSeconds).ShouldBeLessThanOrEqualTo(60);
    }

    [Theory]
    // 입춘 as published by KASI (한국천문연구원 역서) in KST, to the minute.
    [InlineData(2020, "2020-02-04T18:03")]
    [InlineData(2021, "2021-02-03T23:59")]
    [InlineData(2022, "2022-02-04T05:51")]
    [InlineData(2023, "2023-02-04T11:43")]
    [InlineData(2024, "2024-02-04T17:27")]
    [InlineData(2025, "2025-02-03T23:10")]
    public void Ipchun_falls_within_a_minute_of_KASI(int year, string publishedKst)
    {
        var publishedUtc = Utc(publishedKst).AddHours(-9);
        var computed = JeolCalendar.InstantOf(Jeol.Ipchun, year);
        output.WriteLine($"입춘 {year}: KASI {publishedKst} KST, computed {computed.AddHours(9):HH:mm:ss} KST");
        Math.Abs((computed - publishedUtc).TotalSeconds).ShouldBeLessThanOrEqualTo(60);
    }

    [Fact]
    public void Every_jeol_1900_to_2100_is_within_a_minute_of_the_manseryeok_table()
    {
        // The manseryeok package stores each 節 rounded to the minute (its authors checked it against KASI),
        // so even a perfect ephemeris differs from it by up to 30 s. The rest is ΔT: its table was built
        // with sxwnl's ΔT, ours with Espenak–Meeus. They differ by < 15 s up to the present and drift to
        // ~25 s after 2050, where every ΔT is an extrapolation (measured: mean −5 s, spread ±30 s to 2025;
        // mean −25 s after 2050; worst 60.0 s in 2085).
        var differences = new List<(double Seconds, int Year, Jeol Jeol)>();
        foreach (var (year, instants) in ManseryeokVectors.JeolInstants)
            foreach (var jeol in Enum.GetValues<Jeol>())
                differences.Add(((JeolCalendar.InstantOf(jeol, year) - instants[(int)jeol]).TotalSeconds, year, jeol));

        var observed = differences.Where(d => d.Year <= 2025).ToList();
        var worst = differences.MaxBy(d => Math.Abs(d.Seconds));
        output.WriteLine($"{differences.Count} 節 compared; mean {differences.Average(d => d.Seconds):F1} s; " +
                         $"to 2025: max |Δ| {observed.Max(d => Math.Abs(d.Seconds)):F1} s; " +
                         $"overall max |Δ| {Math.Abs(worst.Seconds):F1} s ({worst.Year} {worst.Jeol})");
        differences.Count.ShouldBe(201 * 12);
        observed.ShouldAllBe(d => Math.Abs(d.Seconds) <= 46);
        differences.ShouldAllBe(d => Math.Abs(d.Seconds) <= 61);
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm", null), DateTimeKind.Utc);
}
