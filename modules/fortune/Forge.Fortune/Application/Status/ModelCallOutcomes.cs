namespace Forge.Fortune.Application.Status;

/// <summary>
/// The recent outcomes of this process's calls to each model alias, success or failure. The generation log
/// cannot say a model is failing — a refused call leaves no row — so the generation path records every
/// provider call here, and <c>/v1/status</c> judges a model by its last calls. In process, like
/// <see cref="ApiLatencyWindow"/>: each host judges the calls it made, and a restart forgets old failures.
/// </summary>
public sealed class ModelCallOutcomes(TimeProvider clock)
{
    // Per alias; enough for any window the options allow, the oldest dropped first.
    private const int Capacity = 1000;
    private readonly Dictionary<string, Queue<Outcome>> _byAlias = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Succeeded(string alias) => Record(alias, null);

    /// <param name="error">Short and safe to show on the status page (no prompt, no key): e.g. "server_error".</param>
    public void Failed(string alias, string error) => Record(alias, error);

    /// <summary>For each alias called within <paramref name="window"/>: its last <paramref name="maxCalls"/> outcomes in that window.</summary>
    public IReadOnlyDictionary<string, RecentModelCalls> Read(TimeSpan window, int maxCalls)
    {
        var since = clock.GetUtcNow() - window;
        var result = new Dictionary<string, RecentModelCalls>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (alias, queue) in _byAlias)
            {
                while (queue.Count > 0 && queue.Peek().At < since) queue.Dequeue();
                if (queue.Count == 0) continue;
                var recent = queue.Skip(Math.Max(0, queue.Count - Math.Max(1, maxCalls))).ToList();
                var failures = recent.Where(o => o.Error is not null).ToList();
                result[alias] = new RecentModelCalls(recent.Count, failures.Count, failures.LastOrDefault()?.Error);
            }
        }
        return result;
    }

    private void Record(string alias, string? error)
    {
        var outcome = new Outcome(clock.GetUtcNow(), error);
        lock (_lock)
        {
            if (!_byAlias.TryGetValue(alias, out var queue)) _byAlias[alias] = queue = new Queue<Outcome>();
            if (queue.Count == Capacity) queue.Dequeue();
            queue.Enqueue(outcome);
        }
    }

    private sealed record Outcome(DateTimeOffset At, string? Error);
}

/// <param name="Calls">Calls in the window (at most the configured number, the latest).</param>
/// <param name="Failures">Of those, the ones the provider refused or answered unusably.</param>
/// <param name="LastError">The latest failure's short reason, if any failed.</param>
public sealed record RecentModelCalls(int Calls, int Failures, string? LastError);
