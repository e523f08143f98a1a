namespace Forge.Fortune.Application.Reports;

/// <summary>The reports' number formats: percentages 0–100 and milliseconds, both to two decimals.</summary>
internal static class Percent
{
    public static double Of(long part, long whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 2, MidpointRounding.AwayFromZero);

    public static double? Average(double total, long count) => count == 0 ? null : Math.Round(total / count, 2, MidpointRounding.AwayFromZero);
}
