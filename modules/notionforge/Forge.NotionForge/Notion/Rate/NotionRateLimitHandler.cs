namespace Forge.NotionForge.Notion.Rate;

/// <summary>
/// Waits for the connection's slot before every attempt (it sits inside the retry handler, so retries are paced
/// too). The connection is the request's credential, hashed.
/// </summary>
internal sealed class NotionRateLimitHandler(INotionRateGate gate, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = request.Headers.Authorization?.ToString() ?? "";
        var wait = await gate.ReserveAsync(NotionConnectionKey.Of(credential), cancellationToken);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
