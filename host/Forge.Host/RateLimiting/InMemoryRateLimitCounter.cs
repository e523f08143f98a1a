using System.Collections.Concurrent;
using Forge.Hosting.RateLimiting;

namespace Forge.Host.RateLimiting;

/// <summary>Fixed-window counters for a single host.</summary>
public sealed class InMemoryRateLimitCounter(TimeProvider clock) : IRateLimitCounter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public Task<RateLimitWindow> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
        HitAsync(key, RateLimitWindows.AlignedStart(clock.GetUtcNow(), window), window, cancellationToken);

    public Task<RateLimitWindow> HitAsync(string key, DateTimeOffset start, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var entry = _windows.AddOrUpdate(key,
            _ => new Window(start, 1),
            (_, w) => w.Start == start ? w with { Count = w.Count + 1 } : new Window(start, 1));
        if (_windows.Count > 100_000) Sweep(now, window);
        return Task.FromResult(new RateLimitWindow(entry.Count, start + window));
    }

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (key, w) in _windows)
            if (w.Start + window < now) _windows.TryRemove(key, out _);
    }

    private sealed record Window(DateTimeOffset Start, long Count);
}
