using Forge.Analysis.Application.Writing;
using Forge.Analysis.Documents;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Forge.Analysis.Application;

public sealed record AnalysisJobArgs(string AnalysisId);

/// <summary>
/// Runs one analysis as its tenant: QUEUED → PROCESSING → COMPLETED (credit committed) or FAILED (credit released),
/// then the terminal webhook. Safe to re-run after a crash (the kernel re-runs interrupted jobs): the terminal state
/// is written first by a conditional update, and settling the credit and enqueueing the webhook are idempotent by
/// reference (<see cref="AnalysisSettlement"/>), so a re-run finishes what the crashed run left and never charges twice.
/// </summary>
internal sealed class AnalysisJob(
    AnalysisDbContext db, AnalysisRunner runner, AnalysisTextWriter writer, AnalysisSettlement settlement, TimeProvider clock,
    ILogger<AnalysisJob> logger) : IBackgroundJob<AnalysisJobArgs>
{
    public async Task ExecuteAsync(AnalysisJobArgs args, CancellationToken cancellationToken)
    {
        var analysis = await db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == args.AnalysisId, cancellationToken);
        if (analysis is null) return; // deleted, or another tenant's id

        if (!AnalysisStatus.IsTerminal(analysis.Status))
        {
            var started = WireTime.Now(clock);
            await db.Analyses.Where(a => a.Id == analysis.Id && a.Status == AnalysisStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnalysisStatus.Processing).SetProperty(a => a.StartedAt, started), cancellationToken);
            analysis.StartedAt ??= started;

            string? result = null;
            (string Code, string Message)? error = null;
            try
            {
                var engine = runner.Analyze(analysis, cancellationToken);
                result = AnalysisRunner.Serialize(await writer.WriteAsync(engine, cancellationToken));
            }
            catch (AnalysisProviderException e) // SVC001–SVC003 (ADR 47): fails cleanly, the credit is released below
            {
                error = (e.Code, e.Message);
            }
            catch (DocumentExtractionException e)
            {
                error = (e.Code, e.Message);
            }
            catch (ProductApiException e) // the stored document no longer parses (cannot happen for what was accepted)
            {
                error = (e.Code, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never the message: it may quote document text. The type is enough to find the cause.
                logger.LogError("Analysis {AnalysisId} failed in the engine: {ErrorType}", analysis.Id, e.GetType().Name);
                error = (AnalysisErrorCodes.Internal, "The analysis could not be completed; the credit was released.");
            }

            var finished = WireTime.Now(clock);
            var status = result is not null ? AnalysisStatus.Completed : AnalysisStatus.Failed;
            // Conditional: a DELETE that cancelled the analysis meanwhile wins, and this run changes nothing.
            await db.Analyses.Where(a => a.Id == analysis.Id && (a.Status == AnalysisStatus.Processing || a.Status == AnalysisStatus.Queued))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, status)
                    .SetProperty(a => a.ResultJson, result)
                    .SetProperty(a => a.ErrorCode, error == null ? null : error.Value.Code)
                    .SetProperty(a => a.ErrorMessage, error == null ? null : error.Value.Message)
                    .SetProperty(a => a.CompletedAt, finished), cancellationToken);
            Failpoint.Hit(AnalysisFailpoints.TerminalCommitted);
            analysis = await db.Analyses.AsNoTracking().FirstAsync(a => a.Id == analysis.Id, cancellationToken);
        }

        await settlement.SettleAsync(analysis, cancellationToken);
    }
}
