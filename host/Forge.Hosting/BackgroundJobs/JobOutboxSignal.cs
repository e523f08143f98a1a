namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Wakes the outbox dispatcher as soon as this process has committed a staged job, instead of at its next
/// poll (which remains for rows another process committed, or a crash left behind).
/// </summary>
public sealed class JobOutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns when pulsed or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            await Volatile.Read(ref _next).Task.WaitAsync(timeout, clock, ct);
        }
        catch (TimeoutException)
        {
        }
    }
}
