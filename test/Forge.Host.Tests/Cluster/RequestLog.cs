using System.Collections.Concurrent;
using System.Diagnostics;

namespace Forge.Host.Tests.Cluster;

/// <summary>One request of the cluster test's load: when it started (since the load began), how long it took, its status
/// (0 = no answer: the connection failed), and the host nginx says served it.</summary>
public sealed record RequestRecord(string Workload, string Operation, TimeSpan Started, TimeSpan Elapsed, int Status, string? Upstream, string? Error)
{
    public bool Failed => Status == 0 || Status >= 500;
}

/// <summary>Every request the workloads send through the proxy, for the error-rate and latency figures.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RequestRecord> _records = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Now => _clock.Elapsed;
    public IReadOnlyList<RequestRecord> Records => _records.ToArray();

    /// <summary>Sends and records; the caller reads the response (never null: a failed connection throws after it is recorded).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, string workload, string operation, HttpRequestMessage request, CancellationToken ct = default)
    {
        var started = Now;
        try
        {
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            _records.Enqueue(new RequestRecord(workload, operation, started, Now - started, (int)response.StatusCode, Upstream(response), null));
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            _records.Enqueue(new RequestRecord(workload, operation, started, Now - started, 0, null, e.GetType().Name + ": " + e.Message));
            throw;
        }
    }

    /// <summary>The host that answered: the last of nginx's <c>$upstream_addr</c> list (earlier ones refused the connection).</summary>
    public static string? Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Upstream", out var values) ? values.Last().Split(',').Last().Trim() : null;
}
