using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>
/// <c>DELETE /analyses/{id}</c> (ADR 40): erases the stored documents (and the result when asked); a queued or running
/// analysis is cancelled first — a conditional update to FAILED/CANCELLED that the job's own terminal update then
/// cannot overwrite — its job cancelled and its credit released.
/// </summary>
public sealed class AnalysisLifecycle(AnalysisDbContext db, AnalysisReader reader, IBackgroundJobManager jobs, ICreditLedger credits,
    AnalysisWebhooks webhooks, TimeProvider clock)
{
    public async Task<AnalysisRun> DeleteAsync(string id, bool includeResult, CancellationToken ct)
    {
        var analysis = await reader.GetAsync(id, ct);
        var cancelled = await db.Analyses
            .Where(a => a.Id == id && (a.Status == AnalysisStatus.Queued || a.Status == AnalysisStatus.Processing))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnalysisStatus.Failed)
                .SetProperty(a => a.ErrorCode, AnalysisErrorCodes.Cancelled)
                .SetProperty(a => a.ErrorMessage, "Deleted by its owner before it finished; the credit was released.")
                .SetProperty(a => a.CompletedAt, WireTime.Now(clock)), ct);
        if (cancelled == 1)
        {
            if (analysis.JobId is { } job) await jobs.CancelAsync(job, ct);
            await credits.ReleaseAsync(analysis.TenantId!.Value, analysis.CreditReference, ct);
        }
        await db.Analyses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.ResumeContent, (string?)null)
            .SetProperty(a => a.PostingContent, (string?)null)
            .SetProperty(a => a.ResultJson, a => includeResult ? null : a.ResultJson), ct);
        analysis = await reader.GetAsync(id, ct);
        if (cancelled == 1 && analysis.WebhookDeliveryId is null && await webhooks.EnqueueAsync(analysis, ct) is { } delivery)
        {
            await db.Analyses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.WebhookDeliveryId, delivery), ct);
            analysis.WebhookDeliveryId = delivery;
        }
        return analysis;
    }
}
