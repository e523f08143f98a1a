using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestKit.FakeAi;

/// <summary>
/// The common part of the fake model providers: Kestrel on 127.0.0.1 with a free port, a script of
/// outcomes answered in order (then <see cref="Otherwise"/>), and a record of every request. A request
/// with a wrong key is refused with 401 without using up the script, as the real APIs do.
/// </summary>
public abstract class FakeAiServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeAiOutcome> _script = new();
    private readonly ConcurrentQueue<FakeAiRequest> _received = new();
    private WebApplication? _app;
    private int _sequence;
    private int _inFlight;
    private int _maxInFlight;
    private int _abandoned;

    protected FakeAiServer(string apiKey) => ApiKey = apiKey;

    /// <summary>The key the fake accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The value for <c>Forge:AI:Providers:&lt;provider&gt;:BaseUrl</c>, in the form the provider's SDK takes.</summary>
    public abstract string ConfiguredBaseUrl { get; }

    /// <summary>The answer once the script is used up.</summary>
    public FakeAiOutcome Otherwise { get; set; } = FakeAiOutcome.Reply("Hello from the fake provider.");

    public IReadOnlyList<FakeAiRequest> Received => _received.ToArray();

    public int RequestCount => _received.Count;

    /// <summary>The most requests the fake was answering at the same moment (to check a client's concurrency bound).</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>How many streamed replies the client hung up on before they were complete.</summary>
    public int AbandonedStreams => Volatile.Read(ref _abandoned);

    /// <summary>Appends outcomes to the script.</summary>
    public FakeAiServer Enqueue(params FakeAiOutcome[] outcomes)
    {
        foreach (var outcome in outcomes) _script.Enqueue(outcome);
        return this;
    }

    protected async Task StartListeningAsync()
    {
        // Empty: no configuration files or environment variables of the test run leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    protected abstract string EndpointPath { get; }

    /// <summary>The model ids <c>GET /v1/models</c> lists (with the right key), in the provider's list shape.</summary>
    public IReadOnlyList<string> Models { get; set; } = ["fake-model-large", "fake-model-small"];

    /// <summary>Writes <see cref="Models"/> as the provider's <c>GET /v1/models</c> answer.</summary>
    protected abstract Task WriteModelsAsync(HttpContext context);

    /// <summary>Writes the provider's 401 and returns true when the request lacks the right key.</summary>
    protected abstract Task<bool> RejectUnauthenticatedAsync(HttpContext context);

    /// <summary>Writes a provider-specific refusal of a well-authenticated but malformed request, or returns false.</summary>
    protected abstract Task<bool> RejectMalformedAsync(HttpContext context, FakeAiRequest request);

    protected abstract Task WriteReplyAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id);

    /// <summary>Writes the reply as the provider's documented server-sent events (the request asked <c>stream: true</c>).</summary>
    protected abstract Task WriteStreamAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id);

    protected abstract Task WriteErrorAsync(HttpContext context, int status, string? message);

    /// <summary>Whether the request asked for a streamed reply.</summary>
    protected static bool IsStreaming(FakeAiRequest request) =>
        request.Body.ValueKind == System.Text.Json.JsonValueKind.Object
        && request.Body.TryGetProperty("stream", out var stream) && stream.ValueKind == System.Text.Json.JsonValueKind.True;

    /// <summary>The reply's text in the outcome's pieces, up to the break when the stream is to break.</summary>
    protected static IEnumerable<string> Chunks(FakeAiOutcome outcome)
    {
        var text = outcome.Text ?? "";
        var end = outcome.BreakAfterChars is { } cut ? Math.Min(cut, text.Length) : text.Length;
        for (var i = 0; i < end; i += outcome.ChunkLength)
            yield return text[i..Math.Min(end, i + outcome.ChunkLength)];
    }

    /// <summary>Writes one SSE frame and flushes it, so the client sees it at once.</summary>
    protected static async Task WriteEventAsync(HttpContext context, string? name, object data)
    {
        var frame = (name is null ? "" : $"event: {name}\n") + $"data: {System.Text.Json.JsonSerializer.Serialize(data)}\n\n";
        await context.Response.WriteAsync(frame, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    protected static void BeginEventStream(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
    }

    protected static int EstimateTokens(string text) => Math.Max(1, text.Length / 4);

    protected string NextId() => Interlocked.Increment(ref _sequence).ToString("D6");

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max) { }
        try
        {
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeAiRequest(context.Request.Method, context.Request.Path, headers, body);
        _received.Enqueue(request);

        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/v1/models")
        {
            if (!await RejectUnauthenticatedAsync(context)) await WriteModelsAsync(context);
            return;
        }
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != EndpointPath)
        {
            await WriteErrorAsync(context, 404, $"Not found: {context.Request.Method} {context.Request.Path}");
            return;
        }
        if (await RejectUnauthenticatedAsync(context) || await RejectMalformedAsync(context, request)) return;

        var outcome = _script.TryDequeue(out var next) ? next : Otherwise;
        if (outcome.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(outcome.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up, as a timing-out client does
        }
        if (outcome.ErrorStatus is { } status)
        {
            if (outcome.RetryAfterSeconds is { } seconds) context.Response.Headers["retry-after"] = seconds.ToString();
            await WriteErrorAsync(context, status, outcome.ErrorMessage);
            return;
        }
        try
        {
            if (IsStreaming(request)) await WriteStreamAsync(context, request, outcome, NextId());
            else await WriteReplyAsync(context, request, outcome, NextId());
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            Interlocked.Increment(ref _abandoned); // the client hung up mid-stream
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
