using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Shouldly;

namespace Forge.TestKit;

/// <summary>
/// A real SSE reader over HttpClient: parses <c>event:/id:/data:</c> frames (data as JSON) as they arrive.
/// Frames named "heartbeat" are skipped unless asked for.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SseFrame> _frames = Channel.CreateUnbounded<SseFrame>();
    private readonly HttpResponseMessage _response;
    private readonly Task _reader;

    private SseClient(HttpResponseMessage response)
    {
        _response = response;
        _reader = Task.Run(ReadAsync);
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Opens the feed; fails the test unless the server answered 200 with <c>text/event-stream</c>.</summary>
    public static async Task<SseClient> OpenAsync(HttpClient client, string path, string? lastEventIdHeader = null)
    {
        var response = await SendAsync(client, path, lastEventIdHeader);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorTextAsync(response));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new SseClient(response);
    }

    /// <summary>
    /// Opens the feed right after another of the same tenant was closed: the server frees a stream's slot when it sees
    /// the disconnect, a moment after the client disposed it, so a 429 (too many open streams) is waited out, with a
    /// deadline, until the slot is free. Any other answer fails as in <see cref="OpenAsync"/>.
    /// </summary>
    public static async Task<SseClient> OpenAfterCloseAsync(HttpClient client, string path, string? lastEventIdHeader = null)
    {
        var response = await Eventually.GetAsync(
            async () =>
            {
                var r = await SendAsync(client, path, lastEventIdHeader);
                if (r.StatusCode == HttpStatusCode.TooManyRequests) r.Dispose();
                return r;
            },
            r => r.StatusCode != HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(15), "the closed stream's slot to be freed");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorTextAsync(response));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new SseClient(response);
    }

    /// <summary>POSTs <paramref name="json"/> and opens the answer as a stream (a generating endpoint's SSE).</summary>
    public static async Task<SseClient> PostAsync(HttpClient client, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorTextAsync(response));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new SseClient(response);
    }

    /// <summary>Every frame until the server ends the stream.</summary>
    public async Task<List<SseFrame>> ToEndAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var frames = new List<SseFrame>();
        await foreach (var frame in _frames.Reader.ReadAllAsync(deadline.Token)) frames.Add(frame);
        return frames;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? lastEventIdHeader = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventIdHeader is not null) request.Headers.Add("Last-Event-ID", lastEventIdHeader);
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>The next frame that is not a heartbeat (or any frame, when <paramref name="includeHeartbeats"/>).</summary>
    public async Task<SseFrame> NextAsync(bool includeHeartbeats = false, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var frame = await _frames.Reader.ReadAsync(deadline.Token);
            if (includeHeartbeats || frame.Event != "heartbeat") return frame;
        }
    }

    /// <summary>Every non-heartbeat frame that arrives within <paramref name="window"/>.</summary>
    public async Task<List<SseFrame>> DrainAsync(TimeSpan window)
    {
        var frames = new List<SseFrame>();
        using var deadline = new CancellationTokenSource(window);
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(deadline.Token);
                if (frame.Event != "heartbeat") frames.Add(frame);
            }
        }
        catch (OperationCanceledException)
        {
            return frames;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? evt = null, id = null, data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null) await _frames.Writer.WriteAsync(new SseFrame(evt ?? "message", id, JsonDocument.Parse(data).RootElement.Clone()));
                    evt = id = data = null;
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) evt = line[7..];
                else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }

    private static async Task<string> ErrorTextAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK ? "" : await response.Content.ReadAsStringAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reader;
        _stop.Dispose();
    }
}
