using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// Evaluates the components every <see cref="FortuneStatusOptions.CheckIntervalSeconds"/> and keeps the
/// incidents in step, so an incident opens (and resolves) even when nobody is asking for the status.
/// </summary>
public sealed class StatusCheckService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StatusCheckService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = FortuneStatusOptions.From(configuration).CheckIntervalSeconds;
            // Off: look again later in case configuration turns it on.
            await Task.Delay(TimeSpan.FromSeconds(interval > 0 ? interval : 60), clock, stoppingToken);
            if (interval <= 0) continue;
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Fortune status check failed");
            }
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var evaluator = scope.ServiceProvider.GetRequiredService<StatusEvaluator>();
        var components = await evaluator.EvaluateAsync(FortuneStatusOptions.From(configuration), ct);
        await scope.ServiceProvider.GetRequiredService<IncidentTracker>().SyncAsync(StatusEvaluator.Readings(components), ct);
    }
}
