using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// A loopback HTTP proxy in front of a fake provider that can hold requests at a gate: <see cref="Hold"/> closes it,
/// <see cref="Arrived"/> completes when a request is waiting (the caller is then at a known point), <see cref="Open"/>
/// lets it through. Deterministic where a slow reply would be a timer. A request whose client hangs up while held is
/// counted in <see cref="Abandoned"/> and never forwarded.
/// </summary>
public sealed class GatedProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
        { "Host", "Content-Length", "Transfer-Encoding", "Connection" };

    private readonly HttpClient _forward = new();
    private readonly Uri _target;
    private WebApplication _app = null!;
    private TaskCompletionSource _arrived = Completed();
    private TaskCompletionSource _gate = Completed();
    private int _forwarded;
    private int _abandoned;

    private GatedProxy(Uri target) => _target = target;

    public Uri BaseAddress { get; private set; } = null!;

    public Task Arrived => _arrived.Task;

    public int Forwarded => Volatile.Read(ref _forwarded);

    public int Abandoned => Volatile.Read(ref _abandoned);

    public static async Task<GatedProxy> StartAsync(Uri target)
    {
        var proxy = new GatedProxy(target);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        proxy._app = builder.Build();
        proxy._app.Run(proxy.HandleAsync);
        await proxy._app.StartAsync();
        proxy.BaseAddress = new Uri(proxy._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    /// <summary>Closes the gate: the next requests wait until <see cref="Open"/>.</summary>
    public void Hold()
    {
        _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Open() => _gate.TrySetResult();

    private async Task HandleAsync(HttpContext context)
    {
        var gate = _gate;
        _arrived.TrySetResult();
        try
        {
            await gate.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _abandoned); // the caller gave up while held (e.g. its job was cancelled)
            return;
        }
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            new Uri(_target, context.Request.Path + context.Request.QueryString));
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        request.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in context.Request.Headers)
            if (!HopHeaders.Contains(name) && !request.Headers.TryAddWithoutValidation(name, values.ToArray()))
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
        using var response = await _forward.SendAsync(request, context.RequestAborted);
        Interlocked.Increment(ref _forwarded);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            if (!HopHeaders.Contains(name)) context.Response.Headers[name] = values.ToArray();
        await response.Content.CopyToAsync(context.Response.Body);
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    public async ValueTask DisposeAsync()
    {
        _gate.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}
