using Forge.Host.BackgroundJobs;
using Forge.Host.Platform;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Forge.Host.Tests.Startup;

/// <summary>
/// The background loops begin once the host has started (ADR 76): their first pass no longer competes with the
/// start-up thread for the CPU the first answer waits for, and it still runs.
/// </summary>
public sealed class HostStartedTests
{
    [Fact]
    public async Task The_wait_ends_when_the_application_has_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var waiting = HostStarted.WaitAsync(lifetime, CancellationToken.None);
        waiting.IsCompleted.ShouldBeFalse();

        lifetime.NotifyStarted();
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        HostStarted.WaitAsync(lifetime, CancellationToken.None).IsCompletedSuccessfully.ShouldBeTrue("once started, no wait at all");
    }

    [Fact]
    public async Task A_stop_before_the_start_ends_the_wait_as_cancelled()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var stopping = new CancellationTokenSource();
        var waiting = HostStarted.WaitAsync(lifetime, stopping.Token);

        await stopping.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_outbox_dispatcher_makes_its_first_pass_after_the_host_has_started_not_before()
    {
        var observer = new StartObserver();
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Jobs:OutboxPollSeconds"] = "0.1" },
            configure: b => b.Services.AddHostedService(observer.Use));
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<JobOutboxDispatcher>().Single();

        // The observer reads the count inside the host's "started" notification. Before ADR 76 the first pass ran while
        // the host started (migrations, Kestrel, recurring jobs) and had long ended by then; now it cannot begin
        // before that notification, and the dispatcher's own continuation runs asynchronously (a database round trip
        // on the thread pool), so it cannot have ended when the observer reads.
        (await observer.PassesWhenStarted.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(0);
        await Eventually.GetAsync(() => Task.FromResult(dispatcher.Passes), p => p >= 2, TimeSpan.FromSeconds(30), "two outbox passes after the start");
    }

    private sealed class StartObserver : IHostedLifecycleService
    {
        public TaskCompletionSource<long> PassesWhenStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private IServiceProvider? _services;

        public Task StartedAsync(CancellationToken cancellationToken)
        {
            var lifetime = _services!.GetRequiredService<IHostApplicationLifetime>();
            var dispatcher = _services!.GetServices<IHostedService>().OfType<JobOutboxDispatcher>().Single();
            lifetime.ApplicationStarted.Register(() => PassesWhenStarted.TrySetResult(dispatcher.Passes));
            return Task.CompletedTask;
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public StartObserver Use(IServiceProvider services)
        {
            _services = services;
            return this;
        }
    }
}
