using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestKit.FakeNotion;

/// <summary>
/// A fake Notion API (version 2025-09-03 semantics) on 127.0.0.1 with a random port: pages, databases with data
/// sources and views, block children, search, comments, users/me and OAuth token exchange, answering with Notion's JSON
/// and error objects. It enforces what Notion enforces — tokens (401), <c>Notion-Version</c>, the size and nesting
/// limits (400 <c>validation_error</c>) and 3 requests/s per token (429 + <c>Retry-After</c>) — keeps everything
/// created in <see cref="Store"/>, and logs every request with its arrival time in <see cref="Log"/>.
/// Nothing in it is test-only: it can serve as a local Notion for development.
/// </summary>
public sealed partial class FakeNotionServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly FakeNotionRateLimiter _limiter;
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly ConcurrentDictionary<string, string> _oauthClients = new();
    private readonly ConcurrentDictionary<string, string> _oauthCodes = new();
    private readonly ConcurrentQueue<FakeNotionFault> _faults = new();
    private volatile FakeNotionHold? _hold;

    private FakeNotionServer(WebApplication app, double perSecond, int burst)
    {
        _app = app;
        _limiter = new FakeNotionRateLimiter(perSecond, burst);
    }

    public Uri BaseAddress { get; private set; } = null!;
    public FakeNotionStore Store { get; } = new();
    public FakeNotionLog Log { get; } = new();
    public double RequestsPerSecond { get; private init; }
    public int Burst { get; private init; }

    /// <summary>Starts the fake; <paramref name="burst"/> is how many requests a token may send back to back.</summary>
    public static async Task<FakeNotionServer> StartAsync(double requestsPerSecond = 3, int burst = 6, int port = 0)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = 4 * FakeNotionLimits.PayloadBytes; // larger bodies get Notion's 400, not Kestrel's 413
        });
        var server = new FakeNotionServer(builder.Build(), requestsPerSecond, burst) { RequestsPerSecond = requestsPerSecond, Burst = burst };
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    /// <summary>Accepts a new integration token (or the one given) and returns it.</summary>
    public string AddToken(string? token = null)
    {
        token ??= "ntn_" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        _tokens[token] = token;
        return token;
    }

    /// <summary>A page at the workspace's top level, shared with every integration: a parent for tests to build under.</summary>
    public string AddPage(string title)
    {
        lock (Store.Gate)
        {
            var page = Store.Add("page", null, "workspace");
            page.Body["properties"] = new JsonObject { ["title"] = new JsonObject { ["title"] = new JsonArray(TextElement(title)) } };
            return page.Id;
        }
    }

    public void RegisterOAuthClient(string clientId, string clientSecret) => _oauthClients[clientId] = clientSecret;

    /// <summary>What Notion's authorize step would hand back: a one-time code for a workspace.</summary>
    public string IssueOAuthCode(string workspaceName)
    {
        var code = Guid.NewGuid().ToString("N");
        _oauthCodes[code] = workspaceName;
        return code;
    }

    /// <summary>
    /// Holds the <paramref name="nth"/> request whose method and path (e.g. <c>v1/blocks/…/children</c>) match, before
    /// it is applied or, with <paramref name="afterApply"/>, after it is applied and before it is answered.
    /// </summary>
    public FakeNotionHold Hold(Func<string, string, bool> match, int nth = 1, bool afterApply = false) =>
        _hold = new FakeNotionHold(match, nth, afterApply);

    /// <summary>Answers the next request (of any token) with this error instead of doing the work.</summary>
    public void EnqueueFault(FakeNotionFault fault) => _faults.Enqueue(fault);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!.TrimStart('/');
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        string? token = null;
        try
        {
            token = Authenticate(request, path);
            if (!request.Headers.TryGetValue("Notion-Version", out var version) || string.IsNullOrEmpty(version))
                throw new FakeNotionError(400, "missing_version", "Notion-Version header failed validation: Notion-Version header should be defined.");
            if (string.CompareOrdinal(version.ToString(), "2025-09-03") < 0)
                throw FakeNotionError.Validation($"This fake speaks Notion-Version 2025-09-03 or newer, not {version}.");
            if (_limiter.Check(token, _clock.Elapsed.TotalSeconds) is { } wait)
            {
                var limited = new FakeNotionError(429, "rate_limited", "You have been rated limited. Please try again in a few minutes.");
                Record(token, request, 429, limited.Code, bytes.Length);
                await limited.WriteAsync(context, wait);
                return;
            }
            if (_faults.TryDequeue(out var fault))
            {
                Record(token, request, fault.Status, fault.Code, bytes.Length);
                if (fault.Delay > TimeSpan.Zero)
                {
                    try { await Task.Delay(fault.Delay, context.RequestAborted); }
                    catch (OperationCanceledException) { return; } // the client gave up, as a timing-out client does
                }
                await new FakeNotionError(fault.Status, fault.Code, fault.Message).WriteAsync(context, fault.RetryAfterSeconds);
                return;
            }
            var hold = _hold is { } h && h.Takes(request.Method, path) ? h : null;
            try
            {
                if (hold is { AfterApply: false }) await hold.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) { return; } // the client gave up before anything was applied
            var body = Parse(bytes);
            FakeNotionLimits.CheckPayload(body, bytes.Length);
            var result = Dispatch(request.Method, path, body as JsonObject ?? [], request.Query);
            Record(token, request, 200, null, bytes.Length);
            try
            {
                if (hold is { AfterApply: true }) await hold.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) { return; } // applied, but the client is gone: it never learns the answer
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(result.ToJsonString());
        }
        catch (FakeNotionError e)
        {
            Record(token, request, e.Status, e.Code, bytes.Length);
            await e.WriteAsync(context);
        }
    }

    private string Authenticate(HttpRequest request, string path)
    {
        var header = request.Headers.Authorization.ToString();
        if (path == "v1/oauth/token")
        {
            if (header.StartsWith("Basic ", StringComparison.Ordinal))
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
                if (pair.Length == 2 && _oauthClients.TryGetValue(pair[0], out var secret) && secret == pair[1]) return "client:" + pair[0];
            }
            throw new FakeNotionError(401, "unauthorized", "Invalid client credentials.");
        }
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.ContainsKey(header[7..])) return header[7..];
        throw new FakeNotionError(401, "unauthorized", "API token is invalid.");
    }

    private static JsonNode? Parse(byte[] bytes)
    {
        if (bytes.Length == 0) return null;
        try { return JsonNode.Parse(bytes); }
        catch (JsonException e) { throw new FakeNotionError(400, "invalid_json", $"Error parsing JSON body: {e.Message}"); }
    }

    private void Record(string? token, HttpRequest request, int status, string? code, int bytes) =>
        Log.Add(new FakeNotionLogEntry(_clock.Elapsed, token, request.Method, request.Path + request.QueryString, status, code, bytes));

    internal static JsonObject TextElement(string text) =>
        new() { ["type"] = "text", ["text"] = new JsonObject { ["content"] = text }, ["plain_text"] = text };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
