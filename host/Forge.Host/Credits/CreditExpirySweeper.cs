using Forge.Hosting.Credits;

namespace Forge.Host.Credits;

/// <summary>Releases reservations nobody settled, once a minute (configurable).</summary>
public sealed class CreditExpirySweeper(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<CreditExpirySweeper> logger, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Forge:Credits:SweepIntervalSeconds", 60.0));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var released = await scope.ServiceProvider.GetRequiredService<ICreditLedger>().ReleaseExpiredAsync(stoppingToken);
                if (released > 0) logger.LogInformation("Released {Count} expired credit reservations", released);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Credit reservation sweep failed");
            }
        }
    }
}
