namespace Forge.Hosting.RateLimiting;

/// <summary>
/// Fixed-window counters: in Redis when it is configured (one count for every host), in memory otherwise;
/// never in the database. Only <see cref="QuotaGate"/> counts on them: modules declare <see cref="QuotaRule"/>s.
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Counts one hit of <paramref name="key"/> in the window that starts at <paramref name="windowStart"/>; exact under concurrency.</summary>
    Task<RateLimitWindow> HitAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken = default);
}

public sealed record RateLimitWindow(long Count, DateTimeOffset ResetsAt);

public static class RateLimitWindows
{
    /// <summary>Start of the epoch-aligned window of length <paramref name="window"/> containing <paramref name="now"/>.</summary>
    public static DateTimeOffset AlignedStart(DateTimeOffset now, TimeSpan window) =>
        new(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
}
