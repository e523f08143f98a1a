namespace Forge.Fortune.Domain.Saju.Astronomy;

/// <summary>
/// The Sun's apparent geocentric ecliptic longitude — the quantity whose multiples of 15° define the 24
/// solar terms (절기) — following Meeus, "Astronomical Algorithms" ch. 25 ("higher accuracy") and ch. 32:
/// VSOP87D heliocentric Earth → geocentric Sun (+180°), FK5 correction, nutation in longitude and
/// annual aberration (−20.4898″ / R).
/// </summary>
public static class SolarPosition
{
    private const double ArcsecondsPerDegree = 3600;

    /// <summary>Apparent longitude in degrees [0, 360) at a Julian Ephemeris Day (TT).</summary>
    public static double ApparentLongitude(double julianEphemerisDay)
    {
        var (longitude, _) = ApparentLongitudeAndCenturies(julianEphemerisDay);
        return longitude;
    }

    /// <summary>Apparent longitude in degrees [0, 360) at a civil (UT) instant; ΔT is applied here.</summary>
    public static double ApparentLongitude(DateTime utc) =>
        ApparentLongitude(JulianDate.FromUtc(utc) + DeltaT.Seconds(utc) / 86400);

    internal static (double Longitude, double Centuries) ApparentLongitudeAndCenturies(double jde)
    {
        var tau = (jde - JulianDate.J2000) / 365250;
        var centuries = tau * 10;

        var earthLongitude = Vsop87EarthSeries.Evaluate(Vsop87EarthSeries.Longitude, tau);
        var radius = Vsop87EarthSeries.Evaluate(Vsop87EarthSeries.Radius, tau);

        // Geometric geocentric longitude of the Sun in the dynamical (VSOP) frame.
        var theta = Degrees(earthLongitude) + 180;

        // FK5 correction (Meeus 32.3): the VSOP ecliptic differs slightly from the FK5 frame the published
        // ephemerides use. The latitude part is negligible for longitude and is left out.
        var fk5 = -0.09033 / ArcsecondsPerDegree;

        var nutation = Nutation.LongitudeArcseconds(centuries) / ArcsecondsPerDegree;
        var aberration = -20.4898 / radius / ArcsecondsPerDegree;

        return (Normalize(theta + fk5 + nutation + aberration), centuries);
    }

    /// <summary>
    /// Equation of time (apparent − mean solar time) in minutes at a civil instant, Meeus 28.1:
    /// E = L0 − 0.0057183° − α + Δψ·cos ε. Ranges about −14 min (mid-February) to +16 min (early November).
    /// </summary>
    public static double EquationOfTimeMinutes(DateTime utc)
    {
        var jde = JulianDate.FromUtc(utc) + DeltaT.Seconds(utc) / 86400;
        var (lambda, T) = ApparentLongitudeAndCenturies(jde);
        var tau = T / 10;

        var meanLongitude = 280.4664567 + 360007.6982779 * tau + 0.03032028 * tau * tau
                            + Math.Pow(tau, 3) / 49931 - Math.Pow(tau, 4) / 15300 - Math.Pow(tau, 5) / 2000000;
        var deltaPsi = Nutation.LongitudeArcseconds(T) / ArcsecondsPerDegree;
        var epsilon = Nutation.MeanObliquityDegrees(T) + Nutation.ObliquityArcseconds(T) / ArcsecondsPerDegree;

        // Right ascension of the apparent Sun; the Sun's latitude (< 1″) does not matter at this precision.
        var rightAscension = Degrees(Math.Atan2(
            Math.Cos(Radians(epsilon)) * Math.Sin(Radians(lambda)), Math.Cos(Radians(lambda))));

        var e = meanLongitude - 0.0057183 - rightAscension + deltaPsi * Math.Cos(Radians(epsilon));
        e = Normalize(e + 180) - 180; // into (−180°, 180°]
        return e * 4; // 1° of hour angle = 4 minutes of time
    }

    internal static double Normalize(double degrees)
    {
        var d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;
    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
