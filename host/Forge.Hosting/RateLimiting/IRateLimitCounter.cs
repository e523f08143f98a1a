namespace Forge.Hosting.RateLimiting;

/// <summary>
/// Fixed-window counters shared by every host when Redis is configured (in memory otherwise).
/// Modules use it for their own quotas (per minute, per day).
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Counts one hit of <paramref name="key"/> in the current window and returns the count so far.</summary>
    Task<RateLimitWindow> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}

public sealed record RateLimitWindow(long Count, DateTimeOffset ResetsAt);
