namespace Forge.TestKit.FakeNotion;

/// <summary>
/// A gate in the fake Notion server (<see cref="FakeNotionServer.Hold"/>): the <see cref="Nth"/> request that matches
/// waits until <see cref="Release"/> — before it is applied, or after (the change is made but the answer withheld,
/// the moment a crash leaves a create done in Notion but unknown to the caller); with <see cref="Nth"/> 0, every
/// matching request. Tests make races deterministic with it.
/// </summary>
public sealed class FakeNotionHold(Func<string, string, bool> match, int nth, bool afterApply)
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    public int Nth { get; } = nth;
    public bool AfterApply { get; } = afterApply;

    /// <summary>Completes when the held request has arrived (and, for <see cref="AfterApply"/>, been applied).</summary>
    public Task Arrived => _arrived.Task;

    public void Release() => _released.TrySetResult();

    internal bool Takes(string method, string path) => match(method, path) && (Nth == 0 || Interlocked.Increment(ref _seen) == Nth);

    internal async Task WaitAsync(CancellationToken aborted)
    {
        _arrived.TrySetResult();
        await _released.Task.WaitAsync(aborted);
    }
}
