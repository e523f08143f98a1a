namespace Forge.Fortune.Domain.Saju.Astronomy;

/// <summary>
/// Finds the civil (UTC) instant at which the Sun's apparent longitude reaches a target, by Newton
/// iteration on the apparent longitude in dynamical time, then subtracting ΔT.
/// </summary>
public static class SolarTermSolver
{
    /// <summary>Stop when the longitude is within 1e-7° of the target: ≈ 9 ms of time.</summary>
    private const double ToleranceDegrees = 1e-7;

    private const int MaxIterations = 20;

    /// <summary>
    /// The instant nearest <paramref name="guessUtc"/> (it must be within ~±90 days, which a calendar-date
    /// guess of a solar term always is) at which the apparent longitude equals <paramref name="targetDegrees"/>.
    /// </summary>
    public static DateTime Solve(double targetDegrees, DateTime guessUtc)
    {
        var jde = JulianDate.FromUtc(guessUtc) + DeltaT.Seconds(guessUtc) / 86400;
        for (var i = 0; i < MaxIterations; i++)
        {
            var error = SignedDifference(targetDegrees, SolarPosition.ApparentLongitude(jde));
            if (Math.Abs(error) < ToleranceDegrees)
                break;

            // Newton step with the local rate of the longitude (0.95–1.02°/day over the year), measured by
            // a central difference: converges in three or four steps from a guess days away.
            const double h = 0.01;
            var rate = SignedDifference(SolarPosition.ApparentLongitude(jde + h), SolarPosition.ApparentLongitude(jde - h)) / (2 * h);
            jde += error / rate;
        }

        // JDE is dynamical time; the civil instant is ΔT earlier. ΔT of a date barely changes within a day,
        // so evaluating it at the approximate instant is exact enough.
        var approximateUtc = JulianDate.ToUtc(jde);
        return JulianDate.ToUtc(jde - DeltaT.Seconds(approximateUtc) / 86400);
    }

    /// <summary>a − b wrapped into (−180°, 180°].</summary>
    internal static double SignedDifference(double a, double b)
    {
        var d = (a - b) % 360;
        if (d > 180) d -= 360;
        if (d <= -180) d += 360;
        return d;
    }
}
