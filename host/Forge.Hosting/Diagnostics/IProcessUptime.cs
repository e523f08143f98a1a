using System.Globalization;

namespace Forge.Hosting.Diagnostics;

/// <summary>When this host process started and how long it has run (on the host's <see cref="TimeProvider"/>).</summary>
public interface IProcessUptime
{
    DateTimeOffset StartedAt { get; }

    /// <summary>Time since start; never negative, even when a test clock is behind the real start time.</summary>
    TimeSpan Elapsed { get; }
}

public static class UptimeText
{
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
