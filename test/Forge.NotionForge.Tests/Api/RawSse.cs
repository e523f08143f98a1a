using System.Net;
using System.Text;
using System.Text.Json;

namespace Forge.NotionForge.Tests.Api;

/// <summary>One SSE frame as sent: its <c>id:</c>, its <c>data:</c> as JSON, or a comment (<c>: …</c>).</summary>
internal sealed record RawFrame(string? Id, JsonElement Data, string? Comment)
{
    public string? Type => Comment is null ? Data.GetProperty("type").GetString() : null;
}

/// <summary>
/// Reads a <c>text/event-stream</c> line by line, comments included (the test kit's client skips them), to check the
/// frames exactly as ADR 42 writes them: <c>id:</c> + <c>data:</c>, no <c>event:</c> line, heartbeats as comments.
/// </summary>
internal sealed class RawSse : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private RawSse(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public static async Task<RawSse> PostAsync(HttpClient client, string path, object body, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorText(response));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new RawSse(response, await response.Content.ReadAsStreamAsync());
    }

    private static async Task<string> ErrorText(HttpResponseMessage r) => r.IsSuccessStatusCode ? "" : await r.Content.ReadAsStringAsync();

    /// <summary>The next frame (a comment counts), or null at the end of the stream.</summary>
    public async Task<RawFrame?> NextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        string? id = null, data = null, comment = null;
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is null && comment is null) continue;
                return new RawFrame(id, data is null ? default : JsonSerializer.Deserialize<JsonElement>(data), comment);
            }
            line.ShouldNotStartWith("event:"); // ADR 42: the type travels in the JSON
            if (line.StartsWith(':')) comment = line[1..].Trim();
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
        return null;
    }

    /// <summary>Every data frame up to and including the terminal one (comments skipped).</summary>
    public async Task<List<RawFrame>> ToTerminalAsync()
    {
        var frames = new List<RawFrame>();
        while (await NextAsync() is { } frame)
        {
            if (frame.Comment is not null) continue;
            frames.Add(frame);
            if (frame.Type is "complete" or "error" or "cancelled") break;
        }
        return frames;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
