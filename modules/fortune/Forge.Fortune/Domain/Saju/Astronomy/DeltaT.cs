namespace Forge.Fortune.Domain.Saju.Astronomy;

/// <summary>
/// ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (NASA "Five Millennium Canon of Solar
/// Eclipses", 2006). VSOP87 runs on dynamical time while birth instants are civil (UT), so every
/// solar-term instant is shifted by ΔT (≈ −3 s in 1900, +64 s in 2000, ≈ +93 s extrapolated for 2050).
/// Values after ~2020 are extrapolations; their uncertainty (tens of seconds by 2100) stays inside the
/// one-minute accuracy target. The 1860–1900 branch is kept only so dates just before 1900 (the
/// 대운 of a birth on 1900-01-01 looks back to 1899's 大雪) are still correct.
/// </summary>
public static class DeltaT
{
    /// <param name="decimalYear">y = year + (month − 0.5) / 12, as the polynomials are defined.</param>
    public static double Seconds(double decimalYear)
    {
        var y = decimalYear;
        double t;
        switch (y)
        {
            case < 1860:
                // Outside the engine's range; the long-term parabola keeps the solver total.
                return LongTermParabola(y);
            case < 1900:
                t = y - 1860;
                return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                       - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
            case < 1920:
                t = y - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
            case < 1941:
                t = y - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
            case < 1961:
                t = y - 1950;
                return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
            case < 1986:
                t = y - 1975;
                return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
            case < 2005:
                t = y - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                       + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
            case < 2050:
                t = y - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            case < 2150:
                return LongTermParabola(y) - 0.5628 * (2150 - y);
            default:
                return LongTermParabola(y);
        }
    }

    public static double Seconds(DateTime utc) => Seconds(utc.Year + (utc.Month - 0.5) / 12.0);

    private static double LongTermParabola(double y)
    {
        var u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }
}
