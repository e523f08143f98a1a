namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Wakes the outbox dispatcher as soon as this process has committed a staged job, instead of at its next
/// poll (which remains for rows another process committed, or a crash left behind). A pulse is remembered
/// until the next wait (an auto-reset event): a commit that lands while the dispatcher is still draining
/// makes its next wait return at once, so the idle poll can be long without delaying this host's own jobs.
/// </summary>
public sealed class JobOutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Pulse()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pulsed and not yet consumed: one wake-up covers both commits.
        }
    }

    /// <summary>Returns when pulsed (since the last wait returned) or after <paramref name="timeout"/> on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var timedOut = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var timer = clock.CreateTimer(static state => TryCancel((CancellationTokenSource)state!), timedOut, timeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _pending.WaitAsync(timedOut.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    private static void TryCancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The wait ended (pulsed) and disposed the source while the timer fired.
        }
    }
}
