using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>
/// <c>DELETE /analyses/{id}</c> (ADR 40): erases the stored documents (and the result when asked); a queued or running
/// analysis is cancelled first — a conditional update to FAILED/CANCELLED that the job's own terminal update then
/// cannot overwrite — and its job cancelled. The cancel, the erasure and an <see cref="AnalysisOutcomeJob"/> (which
/// releases the credit and sends analysis.failed) commit together (ADR 61 addendum): a crash after the commit cannot
/// lose the release or the webhook, and a crash before it leaves the analysis as it was.
/// </summary>
public sealed class AnalysisLifecycle(AnalysisDbContext db, AnalysisReader reader, IBackgroundJobManager jobs, TimeProvider clock)
{
    public async Task<AnalysisRun> DeleteAsync(string id, bool includeResult, CancellationToken ct)
    {
        var analysis = await reader.GetAsync(id, ct);
        int cancelled;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            cancelled = await db.Analyses
                .Where(a => a.Id == id && (a.Status == AnalysisStatus.Queued || a.Status == AnalysisStatus.Processing))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnalysisStatus.Failed)
                    .SetProperty(a => a.ErrorCode, AnalysisErrorCodes.Cancelled)
                    .SetProperty(a => a.ErrorMessage, "Deleted by its owner before it finished; the credit was released.")
                    .SetProperty(a => a.CompletedAt, WireTime.Now(clock)), ct);
            await db.Analyses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.ResumeContent, (string?)null)
                .SetProperty(a => a.PostingContent, (string?)null)
                .SetProperty(a => a.ResultJson, a => includeResult ? null : a.ResultJson), ct);
            if (cancelled == 1)
            {
                db.StageJob(new AnalysisOutcomeArgs(id));
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        if (cancelled == 1)
        {
            Failpoint.Hit(AnalysisFailpoints.CancelCommitted);
            // After the commit: cancelling first would strand a QUEUED analysis whose cancel then failed to commit. A
            // crash before this line leaves the job to run again, find the analysis FAILED and only settle (idempotent).
            if (analysis.JobId is { } job) await jobs.CancelAsync(job, ct);
            Failpoint.Hit(AnalysisFailpoints.CancelJobCancelled);
        }
        return await reader.GetAsync(id, ct);
    }
}
