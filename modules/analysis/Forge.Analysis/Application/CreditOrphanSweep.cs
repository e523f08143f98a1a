using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>
/// Releases the credit holds a crash left without their analysis (ADR 43 addendum). A submit reserves in the platform
/// ledger and saves the analysis in the Analysis database — two commits, no shared transaction — so a process killed
/// between them leaves a hold <c>analysis:{id}</c> and no row. Every hold older than
/// <see cref="AnalysisOptions.CreditOrphanGrace"/> whose analysis does not exist is released; a hold whose analysis
/// exists is the job's to settle and is never touched. Runs as the host, across tenants, once per cluster.
/// </summary>
internal sealed class CreditOrphanSweep(
    Lazy<AnalysisDbContext> db, ICreditLedger credits, IOptions<AnalysisOptions> options, TimeProvider clock, ILogger<CreditOrphanSweep> logger)
    : IRecurringJob
{
    public const string Name = "analysis.credit-orphans";
    private const int PageSize = 200;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.CreditOrphanGrace;
        var released = 0;
        CreditReservation? after = null;
        while (await credits.ListHeldAsync(AnalysisRun.CreditReferencePrefix, cutoff, PageSize, after, cancellationToken) is { Count: > 0 } page)
        {
            var ids = page.Select(h => AnalysisRun.IdOfCreditReference(h.Reference)!).Distinct(StringComparer.Ordinal).ToList();
            var existing = (await db.Value.Analyses.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]).AsNoTracking()
                    .Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.TenantId }).ToListAsync(cancellationToken))
                .Select(a => (a.Id, a.TenantId)).ToHashSet();
            foreach (var hold in page)
            {
                if (existing.Contains((AnalysisRun.IdOfCreditReference(hold.Reference)!, (Guid?)hold.TenantId))) continue;
                // Idempotent and conditional on the hold still being held: a settle racing this one wins or loses whole.
                if ((await credits.ReleaseAsync(hold.TenantId, hold.Reference, cancellationToken)).State == CreditReservationState.Released)
                    released++;
            }
            after = page[^1];
        }
        if (released > 0) logger.LogWarning("Released {Count} credit holds whose analysis was never saved (a crash between reserve and save)", released);
    }
}
