namespace Forge.Fortune.Application.Events;

/// <summary>
/// Wakes the SSE feed's pollers as soon as this host has saved an event, instead of at their next
/// poll. Events saved by another host are seen at the next poll.
/// </summary>
public sealed class FortuneEventSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns when pulsed or after <paramref name="timeout"/>; throws when <paramref name="ct"/> is cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        var pulsed = Volatile.Read(ref _next).Task;
        try
        {
            await pulsed.WaitAsync(timeout, clock, ct);
        }
        catch (TimeoutException)
        {
        }
    }
}
