using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Security;

namespace Forge.Analysis.Application;

/// <summary>
/// Accepts a production analysis: reserve 1 credit (or BUS002), then store the analysis and stage its job in one
/// SaveChanges (ADR 20), so a job exists exactly when its row does. A failed save releases the reservation; a crash
/// before the save leaves it to <see cref="CreditOrphanSweep"/>.
/// </summary>
public sealed class AnalysisSubmissions(
    AnalysisDbContext db, ICreditLedger credits, ICreditPriceList prices, IPiiProtector protector, ICurrentTenant tenant, TimeProvider clock)
{
    public const string PriceCode = "analysis.run";
    /// <summary>How long the reserved credit is held for the job (ADR 43): far beyond the 30 s estimate, short enough to free a lost one.</summary>
    public static readonly TimeSpan CreditHold = TimeSpan.FromHours(1);

    public async Task<AnalysisRun> SubmitAsync(ValidatedSubmission input, string? requestId, CancellationToken ct)
    {
        var tenantId = tenant.Id ?? throw new InvalidOperationException("An analysis is submitted as a tenant.");
        var analysis = New(input, sandbox: false, requestId);
        var price = prices.Get(PriceCode).Amount;
        try
        {
            await credits.ReserveAsync(tenantId, price, analysis.CreditReference, CreditHold, ct);
        }
        catch (InsufficientCreditsException e)
        {
            throw InsufficientCredits(tenantId, e.Required, e.Available);
        }
        // Two databases, two commits: a crash here leaves the hold without its analysis until CreditOrphanSweep
        // releases it (ADR 43 addendum).
        Failpoint.Hit(AnalysisFailpoints.CreditReserved);
        try
        {
            db.Analyses.Add(analysis);
            analysis.JobId = db.StageJob(new AnalysisJobArgs(analysis.Id));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await credits.ReleaseAsync(tenantId, analysis.CreditReference, CancellationToken.None);
            throw;
        }
        return analysis;
    }

    /// <summary>BUS002 (402) with the seed's metadata.</summary>
    public static ProductApiException InsufficientCredits(Guid tenantId, long required, long available) =>
        new(ProductErrorKind.Validation, AnalysisErrorCodes.InsufficientCredits, $"Not enough credits: {required} required, {available} available.",
            metadata: new Dictionary<string, object?>
            {
                ["required"] = required,
                ["available"] = available,
                ["purchaseUrl"] = $"/console/tenants/{tenantId}/credits",
            });

    public AnalysisRun New(ValidatedSubmission input, bool sandbox, string? requestId, string? batchId = null, string? referenceId = null, int position = 0)
    {
        var now = WireTime.Now(clock);
        return new AnalysisRun
        {
            Id = Guid.CreateVersion7().ToString(),
            Sandbox = sandbox,
            ResumeType = input.Resume.Type!.Trim().ToLowerInvariant(),
            PostingType = input.Posting.Type!.Trim().ToLowerInvariant(),
            ResumeContent = protector.Protect(input.Resume.Content!),
            PostingContent = protector.Protect(input.Posting.Content!),
            WebhookUrl = input.WebhookUrl,
            WebhookSecret = input.WebhookSecret is { } secret ? protector.Protect(secret) : null,
            CreatedAt = now,
            ExpiresAt = sandbox ? now.Add(SandboxRuns.Lifetime) : null,
            RequestId = requestId,
            BatchId = batchId,
            ReferenceId = referenceId,
            BatchPosition = position,
        };
    }
}
