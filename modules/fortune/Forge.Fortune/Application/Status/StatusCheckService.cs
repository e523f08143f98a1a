using Forge.Hosting.BackgroundJobs;
using Microsoft.Extensions.Configuration;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// Evaluates the components every <see cref="FortuneStatusOptions.CheckIntervalSeconds"/> and keeps the
/// incidents in step, so an incident opens (and resolves) even when nobody is asking for the status. A kernel
/// recurring job: once per period in the cluster, not once per host (ADR 21); an interval of 0 switches it off.
/// </summary>
public sealed class StatusCheckService(StatusEvaluator evaluator, IncidentTracker incidents, IConfiguration configuration) : IRecurringJob
{
    public const string Name = "fortune.status-check";

    public static TimeSpan Period(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(0, FortuneStatusOptions.From(configuration).CheckIntervalSeconds));

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        // Read per run: the thresholds may be changed while the host runs.
        var components = await evaluator.EvaluateAsync(FortuneStatusOptions.From(configuration), cancellationToken);
        await incidents.SyncAsync(StatusEvaluator.Readings(components), cancellationToken);
    }
}
