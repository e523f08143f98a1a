using Forge.NotionForge.Notion;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Health;

/// <summary>
/// Whether Notion's base URL answers at all (any HTTP status counts: it is up), measured at most every 30 s so
/// <c>/health</c> stays cheap and never adds to a connection's Notion rate (no token is sent).
/// </summary>
public sealed class NotionReachability(IHttpClientFactory http, IOptions<NotionOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private (bool Ready, DateTimeOffset At)? _last;

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < CacheFor) return last.Ready;
        bool ready;
        try
        {
            using var client = http.CreateClient(nameof(NotionReachability));
            client.Timeout = TimeSpan.FromSeconds(2);
            using var response = await client.GetAsync(options.Value.BaseUrl, ct);
            ready = true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            ready = false;
        }
        _last = (ready, clock.GetUtcNow());
        return ready;
    }
}
