using Forge.Analysis.Documents;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>
/// <c>/analyses/test-run</c> (ADR 40): the built-in engine on the submitted documents, answered at once, 0 credits,
/// known for 10 minutes and only under the test-run path; a webhook, if given, is delivered like production's, by an
/// <see cref="AnalysisOutcomeJob"/> committed with the run.
/// </summary>
public sealed class SandboxRuns(AnalysisDbContext db, AnalysisSubmissions submissions, AnalysisRunner runner, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<AnalysisRun> RunAsync(ValidatedSubmission input, CancellationToken ct)
    {
        var analysis = submissions.New(input, sandbox: true, requestId: null);
        analysis.StartedAt = analysis.CreatedAt;
        try
        {
            analysis.ResultJson = runner.Run(analysis, ct);
            analysis.Status = AnalysisStatus.Completed;
        }
        catch (DocumentExtractionException e)
        {
            analysis.Status = AnalysisStatus.Failed;
            analysis.ErrorCode = e.Code;
            analysis.ErrorMessage = e.Message;
        }
        analysis.CompletedAt = WireTime.Now(clock);
        db.Analyses.Add(analysis);
        // Its webhook is a promise made by this commit (ADR 61 addendum): staged with the row, sent by the outcome job.
        if (analysis.WebhookUrl is not null) db.StageJob(new AnalysisOutcomeArgs(analysis.Id));
        await db.SaveChangesAsync(ct);
        Failpoint.Hit(AnalysisFailpoints.SandboxCommitted);
        return analysis;
    }

    /// <returns>Null when unknown, another tenant's, expired, or a production id.</returns>
    public Task<AnalysisRun?> FindAsync(string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Sandbox && a.ExpiresAt > now, ct);
    }
}
