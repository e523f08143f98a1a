using Microsoft.Extensions.Options;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Hangfire's server as a hosted service, stopped within the host's shutdown budget (ADR 60 addendum). Hangfire's
/// <c>StopAsync</c> waits for running jobs and throws <see cref="OperationCanceledException"/> when the host's stop
/// token fires first; the host rethrows that from <c>RunAsync</c> and the process aborts (exit 134). A job still
/// running then is not lost: its record stays Running with a lease nobody renews, and the lease sweeper or start-up
/// recovery of any host runs it again (ADR 21) — so an expired stop is logged and the process exits 0.
/// </summary>
internal sealed class JobServerStop(IHostedService hangfire, ILogger<JobServerStop> logger) : IHostedService, IDisposable
{
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
        services.AddSingleton<IHostedService>(sp => new JobServerStop(
            inner.ImplementationFactory is { } factory ? (IHostedService)factory(sp)
                : (IHostedService)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!),
            sp.GetRequiredService<ILogger<JobServerStop>>()));
    }

    /// <summary>Hangfire's own shutdown timeout: a quarter below the host's, so its stop normally ends first.</summary>
    public static TimeSpan ShutdownTimeout(HostOptions host) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, host.ShutdownTimeout.Ticks * 3 / 4));

    public Task StartAsync(CancellationToken cancellationToken) => hangfire.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await hangfire.StopAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The job server's stop outlasted the host's shutdown timeout; jobs still running are run again by another host or at the next start once their lease runs out");
        }
    }

    public void Dispose() => (hangfire as IDisposable)?.Dispose();
}
