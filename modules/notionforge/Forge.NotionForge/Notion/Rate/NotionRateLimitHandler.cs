namespace Forge.NotionForge.Notion.Rate;

/// <summary>
/// Waits for the connection's slot before every attempt (it sits inside the retry handler, so retries are paced
/// too), and holds the whole connection back when Notion answers 429 with <c>Retry-After</c>, so the
/// connection's other requests (on any host) do not walk into the same refusal. The connection is the
/// request's credential, hashed.
/// </summary>
internal sealed class NotionRateLimitHandler(INotionRateGate gate, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var connection = NotionConnectionKey.Of(request.Headers.Authorization?.ToString() ?? "");
        var wait = await gate.ReserveAsync(connection, cancellationToken);
        await WaitOutAsync(wait, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests && RetryAfter(response) is { } pause)
            await gate.PauseAsync(connection, pause, cancellationToken);
        return response;
    }

    /// <summary>
    /// Waits at least <paramref name="wait"/> by the precise clock. A timer alone can end a few milliseconds
    /// early (whole-millisecond due times on a coarse tick), which would send a request just inside a
    /// <c>Retry-After</c> pause; so the remainder, if any, is waited again.
    /// </summary>
    private async Task WaitOutAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        for (var left = wait; left > TimeSpan.Zero; left = wait - clock.GetElapsedTime(started))
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), clock, cancellationToken);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };
}
