using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.Host.Health;

/// <summary>Ready only when a Hangfire server is registered and heartbeating.</summary>
public sealed class JobServerHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var servers = storage.GetMonitoringApi().Servers();
        var alive = servers.Count(s => s.Heartbeat is { } beat && beat > DateTime.UtcNow.AddMinutes(-1));
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} job server(s)")
            : HealthCheckResult.Unhealthy("No job server is running."));
    }
}
