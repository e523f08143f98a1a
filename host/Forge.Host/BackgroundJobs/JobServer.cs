using Hangfire.Client;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Hangfire's server as a hosted service: started with the host on shared storage, and with in-memory storage on
/// the first job this process creates (ADR 82); stopped within the host's shutdown budget (ADR 60 addendum).
/// <para>
/// In-memory storage is this process's own queue: nothing reaches it but this process's <c>Enqueue</c> and
/// <c>Schedule</c>, and start-up recovery puts every unfinished job back through them. So a host that has created no
/// job has nothing a server could run, and does not pay for its workers, heartbeat and pollers until it has.
/// </para>
/// <para>
/// Stopping: Hangfire's <c>StopAsync</c> waits for running jobs and throws <see cref="OperationCanceledException"/>
/// when the host's stop token fires first; the host rethrows that from <c>RunAsync</c> and the process aborts (exit
/// 134). A job still running then is not lost: its record stays Running with a lease nobody renews, and the lease
/// sweeper or start-up recovery of any host runs it again (ADR 21) — so an expired stop is logged and the process
/// exits 0.
/// </para>
/// </summary>
public sealed class JobServer : IHostedService, IDisposable
{
    private readonly IHostedService _hangfire;
    private readonly bool _onFirstJob;
    private readonly ILogger<JobServer> _logger;
    private readonly Lock _gate = new();
    private bool _hostStarted, _wanted;
    private volatile bool _started;

    private JobServer(IHostedService hangfire, JobStorageOptions storage, ILogger<JobServer> logger)
    {
        _hangfire = hangfire;
        _onFirstJob = storage.IsInMemory;
        _logger = logger;
    }

    /// <summary>In-memory storage and no job created yet: nothing for a server to run, so none runs.</summary>
    public bool WaitingForFirstJob => _onFirstJob && !_started;

    /// <summary>Replaces the hosted service <paramref name="register"/> adds (Hangfire's) with this wrapper.</summary>
    public static void Wrap(IServiceCollection services, Action register)
    {
        var before = services.Count;
        register();
        var added = services.Skip(before).Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        if (added.Count != 1)
            throw new InvalidOperationException($"Expected Hangfire to register one hosted service, found {added.Count}.");
        var inner = added[0];
        services.Remove(inner);
        services.AddSingleton(sp => new JobServer(
            inner.ImplementationFactory is { } factory ? (IHostedService)factory(sp)
                : (IHostedService)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!),
            sp.GetRequiredService<JobStorageOptions>(),
            sp.GetRequiredService<ILogger<JobServer>>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<JobServer>());
    }

    /// <summary>Hangfire's own shutdown timeout: a quarter below the host's, so its stop normally ends first.</summary>
    public static TimeSpan ShutdownTimeout(HostOptions host) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, host.ShutdownTimeout.Ticks * 3 / 4));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _hostStarted = true;
            if (!_onFirstJob || _wanted) StartHangfire();
        }
        return Task.CompletedTask;
    }

    /// <summary>A job is being created: the server runs from now on (at once if the host has started, else with it).</summary>
    public void JobCreated()
    {
        if (_started) return;
        lock (_gate)
        {
            _wanted = true;
            if (_hostStarted && !_started) StartHangfire();
        }
    }

    /// <summary>
    /// Hangfire's hosted service creates its server when the application has started (at once if it already has),
    /// and its start does no waiting.
    /// </summary>
    private void StartHangfire()
    {
        _started = true;
        _hangfire.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (_onFirstJob) _logger.LogInformation("Job server started for the first job");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate) _hostStarted = false; // a job created while stopping waits for the next start's recovery
        if (!_started) return;
        try
        {
            await _hangfire.StopAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The job server's stop outlasted the host's shutdown timeout; jobs still running are run again by another host or at the next start once their lease runs out");
        }
    }

    public void Dispose() => (_hangfire as IDisposable)?.Dispose();

    /// <summary>
    /// Hangfire's global filters and this host's <see cref="OnJobCreating"/>: Hangfire's client takes its filters from
    /// the container (registered in <see cref="JobsSetup"/>), so the filter belongs to this host, not to the process.
    /// </summary>
    internal sealed class Filters(IServiceProvider services) : IJobFilterProvider
    {
        private readonly JobFilter _onJobCreating = new(new OnJobCreating(services), JobFilterScope.Global, null);

        public IEnumerable<JobFilter> GetFilters(Job job) => JobFilterProviders.Providers.GetFilters(job).Append(_onJobCreating);
    }

    /// <summary>Tells the server a job is being created, before the client writes it to the storage.</summary>
    private sealed class OnJobCreating(IServiceProvider services) : IClientFilter
    {
        private JobServer? _server;

        public void OnCreating(CreatingContext context) => (_server ??= services.GetRequiredService<JobServer>()).JobCreated();

        public void OnCreated(CreatedContext context) { }
    }
}
