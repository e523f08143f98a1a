namespace Forge.Hosting.RateLimiting;

/// <summary>
/// Fixed-window counters shared by every host when Redis is configured (in memory otherwise).
/// Modules use it for their own quotas (per minute, per day).
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Counts one hit of <paramref name="key"/> in the current window (aligned to the Unix epoch).</summary>
    Task<RateLimitWindow> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Counts one hit in the window that starts at <paramref name="windowStart"/> (e.g. midnight KST).</summary>
    Task<RateLimitWindow> HitAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken = default);
}

public sealed record RateLimitWindow(long Count, DateTimeOffset ResetsAt);

public static class RateLimitWindows
{
    /// <summary>Start of the epoch-aligned window of length <paramref name="window"/> containing <paramref name="now"/>.</summary>
    public static DateTimeOffset AlignedStart(DateTimeOffset now, TimeSpan window) =>
        new(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
}
