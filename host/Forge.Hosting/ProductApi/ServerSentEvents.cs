using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// Writes a generation's events as <c>text/event-stream</c> (<c>event:</c> + one-line <c>data:</c> JSON), flushed
/// one by one. Once the first byte is out a status code can no longer change, so this never throws: a client
/// that hangs up ends the stream quietly, and an unexpected failure is logged and ends it. JSON is the
/// product's (its naming policy); feeds with ids (resumable with <c>Last-Event-ID</c>) write pre-serialised frames.
/// </summary>
public static class ServerSentEvents
{
    public static void Begin(HttpContext http)
    {
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
    }

    public static async Task WriteAsync<T>(HttpContext http, IAsyncEnumerable<T> events, Func<T, (string Name, object Data)> frame, JsonSerializerOptions json)
    {
        Begin(http);
        var ct = http.RequestAborted;
        try
        {
            await http.Response.Body.FlushAsync(ct);
            await foreach (var e in events.WithCancellation(ct))
            {
                var (name, data) = frame(e);
                await WriteFrameAsync(http, name, data, json, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested)
        {
            // The client went away: whatever was still being generated was cancelled with the request.
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerSentEvents))
                .LogError(e, "Stream {RequestId} failed after it began", ProductRequestId.Get(http));
        }
    }

    /// <summary>Writes one frame; <c>data</c> is a single line because JSON without indentation has no newline.</summary>
    public static async Task WriteFrameAsync(HttpContext http, string? name, object data, JsonSerializerOptions json, CancellationToken ct)
    {
        var text = new StringBuilder();
        if (name is not null) text.Append("event: ").Append(name).Append('\n');
        text.Append("data: ").Append(JsonSerializer.Serialize(data, data.GetType(), json)).Append("\n\n");
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct);
        await http.Response.Body.FlushAsync(ct);
    }

    /// <summary>
    /// The token a resumable feed runs under: the client leaving or the host beginning to stop (ADR 49), whichever
    /// comes first. The same token for every call on one request; released with the response.
    /// </summary>
    public static CancellationToken FeedAborted(HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(FeedAbortedKey), out var existing)) return ((CancellationTokenSource)existing!).Token;
        var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        http.Response.RegisterForDispose(linked);
        http.Items[typeof(FeedAbortedKey)] = linked;
        return linked.Token;
    }

    private sealed class FeedAbortedKey;

    /// <summary>
    /// Streams frames already serialised (<c>event</c>, <c>id</c>, one-line <c>data</c>) until the client leaves:
    /// for feeds whose producer also yields heartbeats and resumes after a <c>Last-Event-ID</c>.
    /// A resumable feed also ends, cleanly, when the host begins to stop (ADR 49): the client reconnects with its
    /// <c>Last-Event-ID</c> through the load balancer to a host that is still serving, and this host's graceful stop
    /// is not held open until the shutdown timeout by feeds that never end on their own.
    /// </summary>
    /// The feed's producer should be opened with <see cref="FeedAborted"/>, so it stops waiting for the next event too.
    public static async Task WriteFramesAsync(HttpContext http, IAsyncEnumerable<(string Event, string? Id, string Data)> frames)
    {
        Begin(http);
        var ct = FeedAborted(http);
        try
        {
            await http.Response.Body.FlushAsync(ct);
            await foreach (var (name, id, data) in frames.WithCancellation(ct))
            {
                var text = id is null ? $"event: {name}\ndata: {data}\n\n" : $"event: {name}\nid: {id}\ndata: {data}\n\n";
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
                await http.Response.Body.FlushAsync(ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested)
        {
            // The client went away, or this host is stopping: the normal end of a feed.
        }
    }

    /// <summary>
    /// One frame of <c>id:</c> (when given) and one-line <c>data:</c> without an <c>event:</c> line: clients read it as a
    /// plain <c>message</c>, the shape of feeds whose JSON names its own type (NotionForge's <c>{"type": …}</c>, ADR 42).
    /// </summary>
    public static async Task WriteDataAsync(HttpContext http, string? id, string data, CancellationToken ct)
    {
        var text = id is null ? $"data: {data}\n\n" : $"id: {id}\ndata: {data}\n\n";
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await http.Response.Body.FlushAsync(ct);
    }

    /// <summary>A comment line (<c>: text</c>): keeps proxies from closing an idle stream; clients ignore it.</summary>
    public static async Task WriteCommentAsync(HttpContext http, string text, CancellationToken ct)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($": {text}\n\n"), ct);
        await http.Response.Body.FlushAsync(ct);
    }
}
