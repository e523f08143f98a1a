using Forge.Hosting.BackgroundJobs;
using Microsoft.Extensions.Options;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// Evaluates the components every <see cref="FortuneStatusOptions.CheckIntervalSeconds"/> and keeps the
/// incidents in step, so an incident opens (and resolves) even when nobody is asking for the status. A kernel
/// recurring job: once per period in the cluster, not once per host (ADR 21); an interval of 0 switches it off.
/// </summary>
public sealed class StatusCheckService(StatusEvaluator evaluator, IncidentTracker incidents, IOptionsMonitor<FortuneStatusOptions> options) : IRecurringJob
{
    public const string Name = "fortune.status-check";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        // The current value: the thresholds may be changed while the host runs.
        var components = await evaluator.EvaluateAsync(options.CurrentValue, cancellationToken);
        await incidents.SyncAsync(StatusEvaluator.Readings(components), cancellationToken);
    }
}
