using Forge.Host.Data;
using Forge.Hosting.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.Host.Health;

/// <summary>
/// Ready only when the platform's database answers a round trip, asked over a plain provider connection (ADR 76): the
/// readiness probe comes right after the first live answer, and through a <c>DbContext</c> its first call built the
/// platform's EF model (≈ 0.4 s on this machine) now that the background loops that used to build it during the start
/// begin only once the host has started.
/// </summary>
public sealed class DatabaseHealthCheck(IEnumerable<ContextDatabase> databases) : IHealthCheck
{
    private readonly ContextDatabase _platform = databases.Of<PlatformDbContext>();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _platform.RoundTripAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The platform database did not answer.", e);
        }
    }
}
