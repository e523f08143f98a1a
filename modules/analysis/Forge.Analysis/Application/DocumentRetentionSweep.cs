using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>
/// The recurring sweep (ADR 40 "beyond the docs"): erases the documents of every tenant's analyses older than
/// <see cref="AnalysisOptions.DocumentRetention"/> (results stay) and deletes sandbox runs past their expiry.
/// Runs as the host, so it reads across tenants on purpose; both statements are idempotent.
/// </summary>
internal sealed class DocumentRetentionSweep(Lazy<AnalysisDbContext> db, IEnumerable<ContextDatabase> databases, IOptions<AnalysisOptions> options, TimeProvider clock)
    : IRecurringJob
{
    // What the two statements below would touch, asked over a plain connection first so that a sweep with nothing to
    // do builds no EF model (ADR 77).
    private const string Due =
        $"""("{nameof(AnalysisRun.CreatedAt)}" < @cutoff AND ("{nameof(AnalysisRun.ResumeContent)}" IS NOT NULL OR "{nameof(AnalysisRun.PostingContent)}" IS NOT NULL))"""
        + $""" OR ("{nameof(AnalysisRun.Sandbox)}" = @sandbox AND "{nameof(AnalysisRun.ExpiresAt)}" < @now)""";

    public const string Name = "analysis.document-retention";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.DocumentRetention;
        if (!await databases.Of<AnalysisDbContext>().AnyRowAsync(AnalysisDbContext.AnalysesTable, Due,
                [new("cutoff", cutoff), new("sandbox", true), new("now", now)], cancellationToken))
            return;
        await db.Value.Analyses.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(a => a.CreatedAt < cutoff && (a.ResumeContent != null || a.PostingContent != null))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResumeContent, (string?)null).SetProperty(a => a.PostingContent, (string?)null), cancellationToken);
        await db.Value.Analyses.IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(a => a.Sandbox && a.ExpiresAt < now)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
