using System.Collections.Concurrent;
using Forge.Hosting.RateLimiting;

namespace Forge.Host.RateLimiting;

/// <summary>
/// Fixed-window counters for a single host. Exact under concurrency: <c>AddOrUpdate</c> swaps immutable
/// windows, so every hit is counted once and gets its own count.
/// </summary>
public sealed class InMemoryRateLimitCounter(TimeProvider clock) : IRateLimitCounter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public Task<RateLimitWindow> HitAsync(string key, DateTimeOffset start, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var entry = _windows.AddOrUpdate(key,
            static (_, s) => new Window(s.Start, s.End, 1),
            static (_, w, s) => w.Start == s.Start ? w with { Count = w.Count + 1 } : new Window(s.Start, s.End, 1), (Start: start, End: start + window));
        if (_windows.Count > 100_000) Sweep(clock.GetUtcNow());
        return Task.FromResult(new RateLimitWindow(entry.Count, entry.End));
    }

    /// <summary>Drops ended windows, each by its own length (a minute's policy must not end a day's quota).</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, w) in _windows)
            if (w.End < now) _windows.TryRemove(new KeyValuePair<string, Window>(key, w)); // only if no hit replaced it meanwhile
    }

    private sealed record Window(DateTimeOffset Start, DateTimeOffset End, long Count);
}
