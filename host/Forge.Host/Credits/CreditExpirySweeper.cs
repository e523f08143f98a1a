using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;

namespace Forge.Host.Credits;

/// <summary>
/// Releases reservations nobody settled, every <c>Forge:Credits:SweepIntervalSeconds</c> (60): a Hangfire
/// recurring job, so once per cluster, not once per host (ADR 21).
/// </summary>
public sealed class CreditExpirySweeper(ICreditLedger ledger, ILogger<CreditExpirySweeper> logger) : IRecurringJob
{
    public const string Name = "platform.credit-expiry";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var released = await ledger.ReleaseExpiredAsync(cancellationToken);
        if (released > 0) logger.LogInformation("Released {Count} expired credit reservations", released);
    }
}
