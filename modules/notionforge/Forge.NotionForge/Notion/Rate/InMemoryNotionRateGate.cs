using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Notion.Rate;

/// <summary>The gate when Redis is not configured (one host), and the fallback while Redis is unreachable.</summary>
internal sealed class InMemoryNotionRateGate(IOptions<NotionOptions> options, TimeProvider clock) : INotionRateGate
{
    private readonly ConcurrentDictionary<string, StrongBox> _tats = new();
    private readonly Gcra _gcra = Gcra.For(options.Value.RequestsPerSecond, options.Value.Burst);

    public Task<TimeSpan> ReserveAsync(string connectionKey, CancellationToken cancellationToken)
    {
        var box = _tats.GetOrAdd(connectionKey, _ => new StrongBox());
        double wait;
        lock (box)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000d;
            (wait, box.Tat) = _gcra.Reserve(box.Tat, now);
        }
        return Task.FromResult(TimeSpan.FromMicroseconds(wait));
    }

    public Task PauseAsync(string connectionKey, TimeSpan pause, CancellationToken cancellationToken)
    {
        var box = _tats.GetOrAdd(connectionKey, _ => new StrongBox());
        lock (box) box.Tat = _gcra.Pause(box.Tat, clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000d, pause.TotalMicroseconds);
        return Task.CompletedTask;
    }

    private sealed class StrongBox
    {
        public double Tat;
    }
}
