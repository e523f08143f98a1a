using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

public sealed record AnalysisOutcomeArgs(string AnalysisId);

/// <summary>
/// The follow-up of a terminal state that a request, not a job, wrote — DELETE's cancel and the sandbox's run (ADR 61
/// addendum). It is staged in the Analysis outbox in the same commit as that state, so the state and the promise to
/// settle its credit and send its webhook exist together or not at all; a crash right after the commit leaves it to
/// the outbox dispatcher, and a re-run settles nothing twice (<see cref="AnalysisSettlement"/>).
/// </summary>
internal sealed class AnalysisOutcomeJob(AnalysisDbContext db, AnalysisSettlement settlement) : IBackgroundJob<AnalysisOutcomeArgs>
{
    public const string Name = "analysis.outcome";

    public async Task ExecuteAsync(AnalysisOutcomeArgs args, CancellationToken cancellationToken)
    {
        var analysis = await db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == args.AnalysisId, cancellationToken);
        if (analysis is null || !AnalysisStatus.IsTerminal(analysis.Status)) return; // an expired sandbox run; never staged before a terminal state
        await settlement.SettleAsync(analysis, cancellationToken);
    }
}
