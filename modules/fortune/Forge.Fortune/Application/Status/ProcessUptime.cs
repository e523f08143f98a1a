using System.Diagnostics;
using System.Globalization;

namespace Forge.Fortune.Application.Status;

/// <summary>Time since this process started, as seconds and as "10 days" / "3 hours 12 minutes".</summary>
public sealed class ProcessUptime(TimeProvider clock)
{
    private static readonly DateTimeOffset Started = new(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);

    public TimeSpan Elapsed
    {
        get
        {
            var elapsed = clock.GetUtcNow() - Started;
            return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
        }
    }

    /// <summary>The two largest non-zero units, e.g. "10 days", "2 days 4 hours", "59 seconds".</summary>
    public static string Human(TimeSpan elapsed)
    {
        (long Value, string Unit)[] units =
        [
            (elapsed.Days, "day"), (elapsed.Hours, "hour"), (elapsed.Minutes, "minute"), (elapsed.Seconds, "second"),
        ];
        var first = Array.FindIndex(units, u => u.Value > 0);
        if (first < 0) return "0 seconds";
        var parts = units.Skip(first).Take(2).Where(u => u.Value > 0)
            .Select(u => u.Value.ToString(CultureInfo.InvariantCulture) + " " + u.Unit + (u.Value == 1 ? "" : "s"));
        return string.Join(' ', parts);
    }
}
