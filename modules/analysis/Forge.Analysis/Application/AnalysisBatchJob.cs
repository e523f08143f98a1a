using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Application;

public sealed record AnalysisBatchJobArgs(string BatchId);

/// <summary>
/// Runs a batch's unfinished items, <c>Parallel</c> at a time, each through the single-analysis job in its own DI scope
/// (so each item settles its own credit), then completes the batch and sends <c>batch.completed</c> once. Safe to
/// re-run after a crash: a finished item only settles its credit again (idempotent by reference) and the webhook's
/// reference is unique.
/// </summary>
internal sealed class AnalysisBatchJob(AnalysisDbContext db, IServiceScopeFactory scopes, AnalysisWebhooks webhooks, TimeProvider clock)
    : IBackgroundJob<AnalysisBatchJobArgs>
{
    public const string Completed = "batch.completed";

    public async Task ExecuteAsync(AnalysisBatchJobArgs args, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == args.BatchId, cancellationToken);
        if (batch is null) return;
        if (batch.Status != AnalysisStatus.Completed)
        {
            await db.Batches.Where(b => b.Id == batch.Id && b.Status == AnalysisStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, AnalysisStatus.Processing), cancellationToken);
            // Every item, finished ones too: an item whose terminal state committed just before a crash may not have
            // settled its credit, and a finished item's run only settles again, idempotently (AnalysisSettlement).
            var items = await db.Analyses.AsNoTracking().Where(a => a.BatchId == batch.Id)
                .OrderBy(a => a.BatchPosition).Select(a => a.Id).ToListAsync(cancellationToken);
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = batch.Parallel, CancellationToken = cancellationToken },
                async (id, ct) =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IBackgroundJob<AnalysisJobArgs>>().ExecuteAsync(new AnalysisJobArgs(id), ct);
                });
            var finished = WireTime.Now(clock);
            await db.Batches.Where(b => b.Id == batch.Id && b.Status != AnalysisStatus.Completed)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, AnalysisStatus.Completed).SetProperty(b => b.CompletedAt, finished), cancellationToken);
            Failpoint.Hit(AnalysisFailpoints.BatchCompleted); // a re-run finds the batch COMPLETED and enqueues batch.completed below
            batch = await db.Batches.AsNoTracking().FirstAsync(b => b.Id == batch.Id, cancellationToken);
        }
        if (batch.WebhookUrl is { } url && batch.WebhookDeliveryId is null)
        {
            var items = await db.Analyses.AsNoTracking().Where(a => a.BatchId == batch.Id).OrderBy(a => a.BatchPosition).ToListAsync(cancellationToken);
            var data = new { id = batch.Id, type = "batch", status = batch.Status, totalItems = batch.TotalItems, counts = BatchViews.Counts(items) };
            var delivery = await webhooks.EnqueueAsync(url, batch.WebhookSecret, Completed, "batch", batch.Id, data, cancellationToken);
            await db.Batches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.WebhookDeliveryId, delivery), cancellationToken);
        }
    }
}
