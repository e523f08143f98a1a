using Forge.Fortune.Domain.Saju.Astronomy;

namespace Forge.Fortune.Tests.Saju.Astronomy;

/// <summary>The ephemeris against the worked examples of Meeus, "Astronomical Algorithms" 2nd ed.</summary>
public class SolarPositionTests
{
    [Fact]
    public void Series_have_the_term_counts_of_Meeus_appendix_III()
    {
        Vsop87EarthSeries.Longitude.Select(s => s.Length).ShouldBe([64, 34, 20, 7, 3, 1]);
        Vsop87EarthSeries.Latitude.Select(s => s.Length).ShouldBe([5, 2]);
        Vsop87EarthSeries.Radius.Select(s => s.Length).ShouldBe([40, 10, 6, 2, 1]);
        Nutation.TermCount.ShouldBe(63);
    }

    [Fact]
    public void Nutation_matches_Meeus_example_22a()
    {
        // 1987-04-10 0h TD: Δψ = −3.788″ (Meeus 22.a, full IAU 1980 series).
        var T = (2446895.5 - JulianDate.J2000) / 36525;
        Nutation.LongitudeArcseconds(T).ShouldBe(-3.788, 0.001);
        Nutation.ObliquityArcseconds(T).ShouldBe(9.443, 0.5); // short series: ~0.1–0.5″ is all it promises
    }

    [Fact]
    public void Apparent_longitude_matches_Meeus_example_25b()
    {
        // 1992-10-13 0h TD. Meeus 25.b, the VSOP87 route (geometric longitude, FK5 correction, Δψ and
        // aberration): λ = 199°54′21.818″. A tenth of an arcsecond is ~2.4 seconds of time at a solar term.
        var expected = 199 + 54 / 60.0 + 21.818 / 3600;
        SolarPosition.ApparentLongitude(2448908.5).ShouldBe(expected, 0.1 / 3600);
    }

    [Theory]
    // Meeus example 28.a: 1992-10-13 0h TD → E = +13m42.6s. The other two are the well-known yearly extremes.
    [InlineData("1992-10-13T00:00:00", 13.71, 0.02)]
    [InlineData("2024-11-03T12:00:00", 16.4, 0.1)]
    [InlineData("2024-02-11T12:00:00", -14.2, 0.1)]
    public void Equation_of_time_matches_known_values(string utc, double minutes, double tolerance)
    {
        SolarPosition.EquationOfTimeMinutes(DateTime.SpecifyKind(DateTime.Parse(utc), DateTimeKind.Utc))
            .ShouldBe(minutes, tolerance);
    }

    [Theory]
    [InlineData(1900.0, -2.79)]
    [InlineData(2000.0, 63.86)]
    [InlineData(1950.0, 29.07)]
    public void DeltaT_follows_the_Espenak_Meeus_polynomials(double year, double seconds) =>
        DeltaT.Seconds(year).ShouldBe(seconds, 0.01);

    [Fact]
    public void DeltaT_is_continuous_across_polynomial_seams()
    {
        foreach (var seam in new[] { 1900.0, 1920, 1941, 1961, 1986, 2005, 2050, 2150 })
            Math.Abs(DeltaT.Seconds(seam - 1e-9) - DeltaT.Seconds(seam)).ShouldBeLessThan(1.0, $"seam {seam}");
    }
}
