using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestKit;

/// <summary>
/// A real webhook receiver: Kestrel on 127.0.0.1 with a free port. It records every request
/// (method, path, headers, raw body) and answers with the scripted status codes in order, then
/// with <c>otherwise</c> once the script runs out.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script;
    private readonly int _otherwise;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app, IEnumerable<int> script, int otherwise)
    {
        _app = app;
        _script = new ConcurrentQueue<int>(script);
        _otherwise = otherwise;
    }

    /// <summary>The receiver's base address, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The URL of <paramref name="path"/> on this receiver.</summary>
    public string Url(string path = "/hooks") => new Uri(BaseAddress, path).ToString();

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    /// <param name="statuses">Statuses to answer, in order (e.g. 500, 500, 200).</param>
    /// <param name="otherwise">The status once <paramref name="statuses"/> is used up.</param>
    public static async Task<WebhookReceiver> StartAsync(IEnumerable<int>? statuses = null, int otherwise = 200)
    {
        // Empty: no configuration files or environment variables of the test run leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, statuses ?? [], otherwise);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        Eventually.GetAsync(() => Task.FromResult(Received), r => r.Count >= count, timeout, $"{count} webhook request(s)");

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _received.Enqueue(new ReceivedWebhook(context.Request.Method, context.Request.Path, headers, buffer.ToArray()) { ReceivedAt = arrived });
        context.Response.StatusCode = _script.TryDequeue(out var status) ? status : _otherwise;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request a <see cref="WebhookReceiver"/> got, with its body exactly as sent.</summary>
public sealed record ReceivedWebhook(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>When the request arrived (wall clock), so tests can check the spacing of retries.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
