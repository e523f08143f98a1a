using Forge.Hosting.BackgroundJobs;
using Shouldly;
using Xunit;

namespace Forge.Hosting.Tests.BackgroundJobs;

/// <summary>
/// The dispatcher's wake-up (ADR 36): a commit that lands while the dispatcher is still draining must wake its
/// next wait, or this host's own job would sit until the idle poll (10 s).
/// </summary>
public sealed class JobOutboxSignalTests
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_pulse_before_the_wait_is_remembered()
    {
        var signal = new JobOutboxSignal();
        signal.Pulse(); // the commit lands while the dispatcher drains, before it waits again

        signal.WaitAsync(Never, TimeProvider.System, CancellationToken.None).IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public async Task Several_pulses_before_a_wait_are_one_wake_up_and_the_next_wait_needs_a_new_pulse()
    {
        var signal = new JobOutboxSignal();
        signal.Pulse();
        signal.Pulse();
        await signal.WaitAsync(Never, TimeProvider.System, CancellationToken.None).WaitAsync(Safety);

        var next = signal.WaitAsync(Never, TimeProvider.System, CancellationToken.None);
        next.IsCompleted.ShouldBeFalse();
        signal.Pulse();
        await next.WaitAsync(Safety);
    }

    [Fact]
    public async Task A_wait_without_a_pulse_ends_at_its_timeout_and_a_stop_cancels_it()
    {
        var signal = new JobOutboxSignal();
        await signal.WaitAsync(TimeSpan.Zero, TimeProvider.System, CancellationToken.None).WaitAsync(Safety);

        using var stop = new CancellationTokenSource();
        var waiting = signal.WaitAsync(Never, TimeProvider.System, stop.Token);
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => waiting.WaitAsync(Safety));
    }
}
