using System.Collections.Concurrent;

namespace Forge.TestKit.FakeNotion;

/// <summary>One request the fake received: when (since the server started), on which connection, and its answer.</summary>
public sealed record FakeNotionLogEntry(TimeSpan At, string? Token, string Method, string Path, int Status, string? Code, int BodyBytes);

/// <summary>Every request the fake received, in arrival order; what tests read to prove the client's pacing.</summary>
public sealed class FakeNotionLog
{
    private readonly ConcurrentQueue<FakeNotionLogEntry> _entries = new();

    public IReadOnlyList<FakeNotionLogEntry> Entries => [.. _entries];

    internal void Add(FakeNotionLogEntry entry) => _entries.Enqueue(entry);

    public IReadOnlyList<FakeNotionLogEntry> For(string token) => [.. _entries.Where(e => e.Token == token).OrderBy(e => e.At)];

    /// <summary>
    /// The most requests by which any stretch of the connection's traffic exceeded <paramref name="perSecond"/>
    /// (max over i ≤ j of (j − i + 1) − rate · (tⱼ − tᵢ)). Traffic that averages the rate with bursts of at most b
    /// has an excess of at most b; every request received counts, refused ones too.
    /// </summary>
    public double MaxExcess(string token, double perSecond)
    {
        var times = For(token).Select(e => e.At.TotalSeconds).ToArray();
        var worst = 0d;
        for (var i = 0; i < times.Length; i++)
            for (var j = i; j < times.Length; j++)
                worst = Math.Max(worst, j - i + 1 - perSecond * (times[j] - times[i]));
        return worst;
    }

    /// <summary>Requests per second over the connection's whole traffic, first request to last.</summary>
    public double AverageRate(string token)
    {
        var entries = For(token);
        if (entries.Count < 2) return 0;
        return (entries.Count - 1) / (entries[^1].At - entries[0].At).TotalSeconds;
    }
}
