namespace Forge.Host.AdminConsole.Charts;

/// <summary>
/// A y axis from 0 to a round top, with ticks in 1-2-5 steps (…, 0.5, 1, 2, 5, 10, 20, …) so the
/// labels are numbers a reader can add up at a glance.
/// </summary>
public sealed record NiceScale(double Top, double Step)
{
    private const int TargetIntervals = 4;

    /// <param name="max">The largest value to show; 0 or less gives the empty chart's 0..4.</param>
    /// <param name="integer">Counts: never a step below 1 (no "0.5 calls").</param>
    public static NiceScale For(double max, bool integer)
    {
        if (!(max > 0) || double.IsInfinity(max)) return new NiceScale(TargetIntervals, 1);
        var raw = max / TargetIntervals;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalized = raw / magnitude;
        var step = (normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10) * magnitude;
        if (integer && step < 1) step = 1;
        var top = Math.Ceiling(Math.Round(max / step, 9)) * step;
        return new NiceScale(top, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Top / Step);
        for (var i = 0; i <= count; i++) yield return Math.Round(i * Step, 9);
    }
}
