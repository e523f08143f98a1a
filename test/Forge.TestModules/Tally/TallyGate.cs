using System.Collections.Concurrent;

namespace Forge.TestModules.Tally;

/// <summary>
/// Lets a test hold the handler of a "hold" request until every concurrent copy of it has reached the endpoint, so
/// the copies overlap the first one's claim by construction rather than by timing (ADR 32's concurrency tests).
/// </summary>
public sealed class TallyGate
{
    private sealed class Entry
    {
        public int Arrivals;
        public readonly TaskCompletionSource Open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    /// <summary>A request for <paramref name="label"/> reached the endpoint (before it claims its key).</summary>
    public void Arrive(string label) => Interlocked.Increment(ref _entries.GetOrAdd(label, _ => new Entry()).Arrivals);

    public int Arrivals(string label) => _entries.TryGetValue(label, out var entry) ? Volatile.Read(ref entry.Arrivals) : 0;

    public Task WaitAsync(string label, CancellationToken ct) => _entries.GetOrAdd(label, _ => new Entry()).Open.Task.WaitAsync(ct);

    public void Open(string label) => _entries.GetOrAdd(label, _ => new Entry()).Open.TrySetResult();
}
