namespace Forge.NotionForge.Notion.Rate;

/// <summary>
/// The generic cell rate algorithm as a reservation: a request arriving at <c>now</c> is sent at
/// <c>max(now, tat − tolerance)</c> and moves the theoretical arrival time <c>tat</c> one interval on. Any window
/// of length w then holds at most <c>burst + w · rate</c> sends. The Redis script is the same arithmetic.
/// </summary>
internal readonly record struct Gcra(double IntervalMicros, double ToleranceMicros)
{
    public static Gcra For(double requestsPerSecond, int burst)
    {
        var interval = 1_000_000d / requestsPerSecond;
        return new Gcra(interval, (burst - 1) * interval);
    }

    /// <summary>Returns the wait before sending and the new theoretical arrival time.</summary>
    public (double WaitMicros, double NewTat) Reserve(double tat, double now)
    {
        var start = Math.Max(tat, now);
        var send = Math.Max(now, start - ToleranceMicros);
        return (send - now, start + IntervalMicros);
    }

    /// <summary>The arrival time after which the next send is no earlier than <c>now + pause</c>.</summary>
    public double Pause(double tat, double now, double pauseMicros) => Math.Max(tat, now + pauseMicros + ToleranceMicros);
}
