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

    /// <summary>
    /// How long after a reload's old workers were told to quit a client may still learn that its idle keep-alive
    /// connection was closed: it sees the close only when it next reads the socket, and on this shared two-core machine
    /// a client's thread can wait that long for a core (ADR 60 addendum). A request started later is never excused.
    /// </summary>
    public static readonly TimeSpan ReloadGrace = TimeSpan.FromSeconds(1);

    /// <summary>Every <c>nginx -s reload</c> of the run: from the command to the moment every old worker was told to quit.</summary>
    public ConcurrentQueue<(TimeSpan From, TimeSpan To)> Reloads { get; } = new();

    /// <summary>Runs one proxy reload (drain or re-admit) and keeps its window.</summary>
    public async Task ReloadAsync(Func<Task> reload)
    {
        var from = log.Now;
        await reload();
        Reloads.Enqueue((from, log.Now));
    }

    /// <summary>Whether <paramref name="r"/> overlapped a reload: sent before its old workers closed their idle
    /// connections (plus <see cref="ReloadGrace"/>) and still unanswered when the reload began.</summary>
    public bool InReloadWindow(RequestRecord r) => Reloads.Any(w => r.Started <= w.To + ReloadGrace && r.Started + r.Elapsed >= w.From);

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
