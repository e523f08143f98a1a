using System.Collections.Concurrent;
using System.Diagnostics;

namespace Forge.Host.Tests.Cluster;

/// <summary>One request of the cluster test's load: when it started (since the load began), how long it took, its status
/// (0 = no answer: the connection failed), and the host nginx says served it. <paramref name="Resent"/>: it failed
/// before any answer and the client sent it once more (<see cref="RequestLog.SendAsync"/>); <paramref name="Resend"/>:
/// this is that second attempt.</summary>
public sealed record RequestRecord(string Workload, string Operation, TimeSpan Started, TimeSpan Elapsed, int Status, string? Upstream, string? Error,
    bool Resent = false, bool Resend = false)
{
    public bool Failed => Status == 0 || Status >= 500;
}

/// <summary>Every request the workloads send through the proxy, for the error-rate and latency figures.</summary>
public sealed class RequestLog
{
    /// <summary>The request headers that make a POST safe to send again: Fortune's <c>Idempotency-Key</c> and Analysis's
    /// <c>X-Request-ID</c> (its idempotency key, ADR 32; the workloads send it on Analysis only).</summary>
    public static readonly string[] IdempotencyHeaders = ["Idempotency-Key", "X-Request-ID"];

    private readonly ConcurrentQueue<RequestRecord> _records = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Now => _clock.Elapsed;
    public IReadOnlyList<RequestRecord> Records => _records.ToArray();

    /// <summary>
    /// Sends and records; the caller reads the response (never null: a failed connection throws after it is recorded).
    /// A request whose connection failed before any answer (refused, reset, closed: an <see cref="HttpRequestException"/>,
    /// not a timeout) is sent once more when that is safe — a GET or HEAD, or a request carrying its idempotency key —
    /// as a real client does when a proxy's reload closes its idle keep-alive connection under it (ADR 60 addendum).
    /// Both attempts are recorded: the failure still counts as an error that happened.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, string workload, string operation, HttpRequestMessage request, CancellationToken ct = default)
    {
        var copy = Resendable(request) ? await CopyAsync(request, ct) : null;
        var started = Now;
        try
        {
            return await SendOnceAsync(client, workload, operation, request, started, resend: false, ct);
        }
        catch (HttpRequestException e) when (copy is not null && !ct.IsCancellationRequested)
        {
            _records.Enqueue(Failure(workload, operation, started, e) with { Resent = true });
            return await SendOnceAsync(client, workload, operation, copy, Now, resend: true, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            _records.Enqueue(Failure(workload, operation, started, e));
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpClient client, string workload, string operation, HttpRequestMessage request, TimeSpan started, bool resend, CancellationToken ct)
    {
        try
        {
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            _records.Enqueue(new RequestRecord(workload, operation, started, Now - started, (int)response.StatusCode, Upstream(response), null, Resend: resend));
            return response;
        }
        catch (Exception e) when (resend && e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            _records.Enqueue(Failure(workload, operation, started, e) with { Resend = true });
            throw;
        }
    }

    private RequestRecord Failure(string workload, string operation, TimeSpan started, Exception e) =>
        new(workload, operation, started, Now - started, 0, null, e.GetType().Name + ": " + e.Message + (e.InnerException is { } inner ? " (" + inner.Message + ")" : ""));

    private static bool Resendable(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || IdempotencyHeaders.Any(request.Headers.Contains);

    /// <summary>The same request for a second attempt (a message is sent once): method, address, headers and body bytes.</summary>
    private static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var (name, values) in request.Headers) copy.Headers.TryAddWithoutValidation(name, values);
        if (request.Content is { } content)
        {
            copy.Content = new ByteArrayContent(await content.ReadAsByteArrayAsync(ct));
            foreach (var (name, values) in content.Headers) copy.Content.Headers.TryAddWithoutValidation(name, values);
        }
        return copy;
    }

    /// <summary>The host that answered: the last of nginx's <c>$upstream_addr</c> list (earlier ones refused the connection).</summary>
    public static string? Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Upstream", out var values) ? values.Last().Split(',').Last().Trim() : null;
}
