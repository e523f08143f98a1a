using System.Collections.Concurrent;

namespace Forge.Host.Tests.Cluster;

/// <summary>What the workloads share while the cluster test runs: the proxy, the request log, the webhook receiver,
/// the database (for ledger checks) and the timeline of what was done to the hosts.</summary>
public sealed class ClusterRun(Uri proxy, TestDatabase database, WebhookReceiver webhooks, RequestLog log)
{
    public Uri Proxy => proxy;
    public TestDatabase Database => database;
    public WebhookReceiver Webhooks => webhooks;
    public RequestLog Log => log;

    /// <summary>Events of the scenario (kill, restart, stop) at their time on <see cref="RequestLog.Now"/>.</summary>
    public ConcurrentDictionary<string, TimeSpan> Timeline { get; } = new();

    /// <summary>A client through the proxy with one product key; no connection pooling surprises: a fresh handler per client.</summary>
    public HttpClient Client(string headerName, string key)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = proxy,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Add(headerName, key);
        return client;
    }

    /// <summary>Webhooks that arrived on <paramref name="path"/>.</summary>
    public IReadOnlyList<ReceivedWebhook> HooksOn(string path) => webhooks.Received.Where(r => r.Path == path).ToList();

    /// <summary>Polls <paramref name="done"/> every half second until it holds or the deadline passes; returns whether it
    /// held (verification reports a figure either way rather than throwing at the first wait).</summary>
    public static async Task<bool> WaitAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await done()) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(500);
        }
    }
}
