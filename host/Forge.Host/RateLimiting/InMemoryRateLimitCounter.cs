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
            static (_, s) => new Window(s, 1),
            static (_, w, s) => w.Start == s ? w with { Count = w.Count + 1 } : new Window(s, 1), start);
        if (_windows.Count > 100_000) Sweep(clock.GetUtcNow(), window);
        return Task.FromResult(new RateLimitWindow(entry.Count, start + window));
    }

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (key, w) in _windows)
            if (w.Start + window < now) _windows.TryRemove(key, out _);
    }

    private sealed record Window(DateTimeOffset Start, long Count);
}
