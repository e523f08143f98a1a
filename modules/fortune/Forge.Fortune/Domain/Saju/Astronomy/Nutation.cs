namespace Forge.Fortune.Domain.Saju.Astronomy;

/// <summary>
/// Nutation in longitude Δψ from the IAU 1980 theory, all 63 periodic terms of Meeus, "Astronomical
/// Algorithms" 2nd ed., Table 22.A (also NREL SPA Table A4.3). Δψ reaches ±17″ — about seven minutes of time
/// at a solar term — so the truncated four-term version (0.5″ ≈ 12 s) would eat much of our margin.
/// Nutation in obliquity is only needed for the equation of time, where 0.1″ changes nothing visible, so
/// it uses Meeus' short series (eq. 22 low-accuracy form).
/// </summary>
public static class Nutation
{
    // Multiples of D, M, M′, F, Ω, then the sine coefficient (a + b·T) in units of 0.0001″.
    private static readonly (sbyte D, sbyte M, sbyte Mp, sbyte F, sbyte Om, double A, double B)[] Terms =
    [
        (0, 0, 0, 0, 1, -171996, -174.2), (-2, 0, 0, 2, 2, -13187, -1.6), (0, 0, 0, 2, 2, -2274, -0.2),
        (0, 0, 0, 0, 2, 2062, 0.2), (0, 1, 0, 0, 0, 1426, -3.4), (0, 0, 1, 0, 0, 712, 0.1),
        (-2, 1, 0, 2, 2, -517, 1.2), (0, 0, 0, 2, 1, -386, -0.4), (0, 0, 1, 2, 2, -301, 0),
        (-2, -1, 0, 2, 2, 217, -0.5), (-2, 0, 1, 0, 0, -158, 0), (-2, 0, 0, 2, 1, 129, 0.1),
        (0, 0, -1, 2, 2, 123, 0), (2, 0, 0, 0, 0, 63, 0), (0, 0, 1, 0, 1, 63, 0.1),
        (2, 0, -1, 2, 2, -59, 0), (0, 0, -1, 0, 1, -58, -0.1), (0, 0, 1, 2, 1, -51, 0),
        (-2, 0, 2, 0, 0, 48, 0), (0, 0, -2, 2, 1, 46, 0), (2, 0, 0, 2, 2, -38, 0),
        (0, 0, 2, 2, 2, -31, 0), (0, 0, 2, 0, 0, 29, 0), (-2, 0, 1, 2, 2, 29, 0),
        (0, 0, 0, 2, 0, 26, 0), (-2, 0, 0, 2, 0, -22, 0), (0, 0, -1, 2, 1, 21, 0),
        (0, 2, 0, 0, 0, 17, -0.1), (2, 0, -1, 0, 1, 16, 0), (-2, 2, 0, 2, 2, -16, 0.1),
        (0, 1, 0, 0, 1, -15, 0), (-2, 0, 1, 0, 1, -13, 0), (0, -1, 0, 0, 1, -12, 0),
        (0, 0, 2, -2, 0, 11, 0), (2, 0, -1, 2, 1, -10, 0), (2, 0, 1, 2, 2, -8, 0),
        (0, 1, 0, 2, 2, 7, 0), (-2, 1, 1, 0, 0, -7, 0), (0, -1, 0, 2, 2, -7, 0),
        (2, 0, 0, 2, 1, -7, 0), (2, 0, 1, 0, 0, 6, 0), (-2, 0, 2, 2, 2, 6, 0),
        (-2, 0, 1, 2, 1, 6, 0), (2, 0, -2, 0, 1, -6, 0), (2, 0, 0, 0, 1, -6, 0),
        (0, -1, 1, 0, 0, 5, 0), (-2, -1, 0, 2, 1, -5, 0), (-2, 0, 0, 0, 1, -5, 0),
        (0, 0, 2, 2, 1, -5, 0), (-2, 0, 2, 0, 1, 4, 0), (-2, 1, 0, 2, 1, 4, 0),
        (0, 0, 1, -2, 0, 4, 0), (-1, 0, 1, 0, 0, -4, 0), (-2, 1, 0, 0, 0, -4, 0),
        (1, 0, 0, 0, 0, -4, 0), (0, 0, 1, 2, 0, 3, 0), (0, 0, -2, 2, 2, -3, 0),
        (-1, -1, 1, 0, 0, -3, 0), (0, 1, 1, 0, 0, -3, 0), (0, -1, 1, 2, 2, -3, 0),
        (2, -1, -1, 2, 2, -3, 0), (0, 0, 3, 2, 2, -3, 0), (2, -1, 0, 2, 2, -3, 0),
    ];

    internal static int TermCount => Terms.Length;

    /// <summary>Nutation in longitude, arcseconds. T = Julian centuries of TT from J2000.0.</summary>
    public static double LongitudeArcseconds(double T)
    {
        // Fundamental arguments (Meeus 22): Moon's mean elongation, Sun's and Moon's mean anomalies,
        // Moon's argument of latitude, longitude of the Moon's ascending node — degrees.
        var d = Radians(297.85036 + 445267.111480 * T - 0.0019142 * T * T + T * T * T / 189474);
        var m = Radians(357.52772 + 35999.050340 * T - 0.0001603 * T * T - T * T * T / 300000);
        var mp = Radians(134.96298 + 477198.867398 * T + 0.0086972 * T * T + T * T * T / 56250);
        var f = Radians(93.27191 + 483202.017538 * T - 0.0036825 * T * T + T * T * T / 327270);
        var om = Radians(125.04452 - 1934.136261 * T + 0.0020708 * T * T + T * T * T / 450000);

        double sum = 0;
        foreach (var t in Terms)
            sum += (t.A + t.B * T) * Math.Sin(t.D * d + t.M * m + t.Mp * mp + t.F * f + t.Om * om);
        return sum * 1e-4;
    }

    /// <summary>Nutation in obliquity, arcseconds, Meeus' short form (accurate to ~0.1″).</summary>
    public static double ObliquityArcseconds(double T)
    {
        var om = Radians(125.04452 - 1934.136261 * T);
        var sunMeanLongitude = Radians(280.4665 + 36000.7698 * T);
        var moonMeanLongitude = Radians(218.3165 + 481267.8813 * T);
        return 9.20 * Math.Cos(om) + 0.57 * Math.Cos(2 * sunMeanLongitude)
               + 0.10 * Math.Cos(2 * moonMeanLongitude) - 0.09 * Math.Cos(2 * om);
    }

    /// <summary>Mean obliquity of the ecliptic (Meeus 22.2), degrees.</summary>
    public static double MeanObliquityDegrees(double T) =>
        23.0 + 26.0 / 60 + (21.448 - 46.8150 * T - 0.00059 * T * T + 0.001813 * T * T * T) / 3600;

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
