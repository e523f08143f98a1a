namespace Forge.Host.Platform;

/// <summary>
/// The background loops that have nothing to do for a request being served (the change-version poll, the lease sweep,
/// the outbox poll) begin once the host has started — the server listens and every hosted service has run — not while
/// it starts (ADR 76). On a two-core machine their first pass (building the platform's EF model, the first queries)
/// took CPU from the start-up thread and the endpoints' build, which are what the first answer waits for. Their first
/// pass does exactly what it did before, a second or so later; a stop before the start ends the wait.
/// </summary>
public static class HostStarted
{
    public static async Task WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested) return;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(static s => ((TaskCompletionSource)s!).TrySetResult(), started))
        await using (stoppingToken.Register(static s => ((TaskCompletionSource)s!).TrySetCanceled(), started))
        {
            await started.Task;
        }
    }
}
