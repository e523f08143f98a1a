using Forge.Host.BackgroundJobs;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.Host.Health;

/// <summary>
/// Ready when a Hangfire server is registered and heartbeating, or when none needs to run yet: with in-memory storage
/// the server starts with this host's first job (ADR 82).
/// </summary>
public sealed class JobServerHealthCheck(JobStorage storage, JobServer server) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (server.WaitingForFirstJob) return Task.FromResult(HealthCheckResult.Healthy("The job server starts with the first job."));
        var servers = storage.GetMonitoringApi().Servers();
        var alive = servers.Count(s => s.Heartbeat is { } beat && beat > DateTime.UtcNow.AddMinutes(-1));
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} job server(s)")
            : HealthCheckResult.Unhealthy("No job server is running."));
    }
}
