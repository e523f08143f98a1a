namespace Forge.Fortune.Application.Status;

/// <summary>
/// The latency and 5xx share of the Fortune requests this process handled recently, recorded by an
/// endpoint filter on every Fortune route. In process (not from the usage aggregates): those are per
/// tenant and per day, while the status page wants the whole service's last minutes.
/// </summary>
public sealed class ApiLatencyWindow(TimeProvider clock)
{
    // Enough for a busy host's five minutes; beyond it the oldest samples go first.
    private const int Capacity = 50_000;
    private readonly Queue<Sample> _samples = new();
    private readonly Lock _lock = new();

    public void Record(double latencyMs, bool serverError)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_samples.Count == Capacity) _samples.Dequeue();
            _samples.Enqueue(new Sample(now, latencyMs, serverError));
        }
    }

    public ApiWindowFigures Read(TimeSpan window)
    {
        var since = clock.GetUtcNow() - window;
        lock (_lock)
        {
            while (_samples.Count > 0 && _samples.Peek().At < since) _samples.Dequeue();
            if (_samples.Count == 0) return new ApiWindowFigures(0, null, 0);
            double total = 0;
            var errors = 0;
            foreach (var s in _samples)
            {
                total += s.LatencyMs;
                if (s.ServerError) errors++;
            }
            return new ApiWindowFigures(_samples.Count, total / _samples.Count, errors);
        }
    }

    private readonly record struct Sample(DateTimeOffset At, double LatencyMs, bool ServerError);
}

public sealed record ApiWindowFigures(int Requests, double? AverageLatencyMs, int ServerErrors);
