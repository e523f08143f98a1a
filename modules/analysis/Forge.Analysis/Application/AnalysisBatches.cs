using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Security;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>
/// Accepts and reads batches (ADR 40 §Batch). Every item gets its own 1-credit reservation (so each is committed or
/// released on its own outcome); the batch is refused whole with BUS002 when any reservation fails, releasing those
/// already made. The batch, its items and one batch job are saved together.
/// </summary>
public sealed class AnalysisBatches(
    AnalysisDbContext db, SubmissionValidator validator, AnalysisSubmissions submissions, ICreditLedger credits, ICreditPriceList prices,
    IPiiProtector protector, ICurrentTenant tenant, TimeProvider clock)
{
    public const int MaxItems = 100;
    public const int DefaultParallel = 10;

    public async Task<AnalysisBatch> SubmitAsync(BatchRequest request, CancellationToken ct)
    {
        var tenantId = tenant.Id ?? throw new InvalidOperationException("A batch is submitted as a tenant.");
        var items = request.Analyses ?? throw SubmissionValidator.Missing("analyses");
        if (items.Count is 0 or > MaxItems)
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "analyses", $"analyses must hold 1 to {MaxItems} items.");
        var parallel = request.Options?.Parallel ?? DefaultParallel;
        if (parallel is < 1 or > 100) throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.parallel", "options.parallel must be 1 to 100.");

        var batchId = Guid.CreateVersion7().ToString();
        var references = new HashSet<string>(StringComparer.Ordinal);
        var runs = new List<AnalysisRun>();
        for (var i = 0; i < items.Count; i++)
        {
            var prefix = $"analyses[{i}].";
            var item = items[i] ?? throw SubmissionValidator.Missing($"analyses[{i}]");
            if (string.IsNullOrEmpty(item.ReferenceId)) throw SubmissionValidator.Missing($"{prefix}referenceId");
            if (item.ReferenceId.Length > 255)
                throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, $"{prefix}referenceId", "referenceId is 1 to 255 characters.");
            if (!references.Add(item.ReferenceId))
                throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, $"{prefix}referenceId", $"referenceId '{item.ReferenceId}' appears twice in the batch.");
            var (resume, posting) = validator.ValidateDocuments(item.ResumeData, item.JobPostingData, prefix);
            runs.Add(submissions.New(new ValidatedSubmission(resume, posting, null, null), sandbox: false, requestId: null, batchId, item.ReferenceId, i));
        }
        var (url, secret) = await validator.ValidateWebhookAsync(request.Options?.Webhook, ct);

        var batch = new AnalysisBatch
        {
            Id = batchId,
            TotalItems = runs.Count,
            Parallel = parallel,
            WebhookUrl = url,
            WebhookSecret = secret is null ? null : protector.Protect(secret),
            CreatedAt = WireTime.Now(clock),
        };
        await ReserveAllAsync(tenantId, runs, ct);
        Failpoint.Hit(AnalysisFailpoints.BatchCreditsReserved); // a crash here: CreditOrphanSweep releases the holds
        try
        {
            db.Batches.Add(batch);
            db.Analyses.AddRange(runs);
            db.StageJob(new AnalysisBatchJobArgs(batchId));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await ReleaseAsync(tenantId, runs);
            throw;
        }
        return batch;
    }

    public async Task<(AnalysisBatch Batch, List<AnalysisRun> Items)> GetAsync(string id, CancellationToken ct)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct)
                    ?? throw new ProductApiException(ProductErrorKind.NotFound, AnalysisErrorCodes.NotFound, $"No batch '{id}'.");
        var items = await db.Analyses.AsNoTracking().Where(a => a.BatchId == id).OrderBy(a => a.BatchPosition).ToListAsync(ct);
        return (batch, items);
    }

    /// <summary>Every item's credit in one ledger transaction, or none (the batch is refused whole).</summary>
    private async Task ReserveAllAsync(Guid tenantId, List<AnalysisRun> runs, CancellationToken ct)
    {
        var price = prices.Get(AnalysisSubmissions.PriceCode).Amount;
        try
        {
            await credits.ReserveAllAsync(tenantId, [.. runs.Select(r => new CreditRequest(r.CreditReference, price))], AnalysisSubmissions.CreditHold, ct);
        }
        catch (InsufficientCreditsException e)
        {
            throw AnalysisSubmissions.InsufficientCredits(tenantId, e.Required, e.Available);
        }
    }

    private async Task ReleaseAsync(Guid tenantId, List<AnalysisRun> runs)
    {
        foreach (var run in runs) await credits.ReleaseAsync(tenantId, run.CreditReference, CancellationToken.None);
    }
}
