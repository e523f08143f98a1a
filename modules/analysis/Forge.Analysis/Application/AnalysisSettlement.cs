using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.Credits;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>
/// What follows an analysis's committed terminal state: its credit settled (committed when COMPLETED, released when
/// FAILED; the sandbox holds none) and its terminal webhook enqueued, the delivery recorded on the row. Every step is
/// idempotent by reference (the ledger's, the webhook's), so it is safe to run again — by a job re-run after a crash,
/// or by the outcome job beside a still-running analysis job — and a second run changes nothing.
/// </summary>
public sealed class AnalysisSettlement(AnalysisDbContext db, ICreditLedger credits, AnalysisWebhooks webhooks)
{
    public async Task SettleAsync(AnalysisRun analysis, CancellationToken ct)
    {
        if (!analysis.Sandbox) await SettleCreditAsync(analysis, ct);
        if (analysis.WebhookDeliveryId is null && await webhooks.EnqueueAsync(analysis, ct) is { } delivery)
        {
            await db.Analyses.Where(a => a.Id == analysis.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.WebhookDeliveryId, delivery), ct);
            analysis.WebhookDeliveryId = delivery;
        }
    }

    private async Task SettleCreditAsync(AnalysisRun analysis, CancellationToken ct)
    {
        var tenant = analysis.TenantId ?? throw new InvalidOperationException($"Analysis {analysis.Id} has no tenant.");
        if (analysis.Status == AnalysisStatus.Failed)
        {
            await credits.ReleaseAsync(tenant, analysis.CreditReference, ct);
            return;
        }
        try
        {
            await credits.CommitAsync(tenant, analysis.CreditReference, ct);
        }
        catch (CreditReservationExpiredException)
        {
            // The hold ran out before the result was ready: nothing was charged, so the result is not given away (ICreditLedger).
            const string message = "The credit hold expired before the analysis finished; nothing was charged.";
            await db.Analyses.Where(a => a.Id == analysis.Id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AnalysisStatus.Failed).SetProperty(a => a.ResultJson, (string?)null)
                .SetProperty(a => a.ErrorCode, AnalysisErrorCodes.Unavailable)
                .SetProperty(a => a.ErrorMessage, message), ct);
            analysis.Status = AnalysisStatus.Failed;
            analysis.ErrorCode = AnalysisErrorCodes.Unavailable;
            analysis.ErrorMessage = message;
        }
    }
}
