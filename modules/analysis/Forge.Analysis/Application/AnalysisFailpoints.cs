namespace Forge.Analysis.Application;

/// <summary>
/// The module's crash points (<see cref="Forge.Hosting.Diagnostics.Failpoint"/>, Debug builds only; ADR 61 addendum):
/// each sits right after a commit, before anything that commit promises has run.
/// </summary>
public static class AnalysisFailpoints
{
    /// <summary>DELETE has committed the cancel (FAILED/CANCELLED, documents erased, the outcome job staged); nothing else has run.</summary>
    public const string CancelCommitted = "analysis.cancel-committed";

    /// <summary>
    /// … and has cancelled the analysis's own job, so no re-run of it will finish the analysis: the outcome job is the
    /// only thing left to release the credit and send analysis.failed (the outbox dispatcher may already be at it).
    /// </summary>
    public const string CancelJobCancelled = "analysis.cancel-job-cancelled";

    /// <summary>A submit's credit is reserved (platform database); the analysis is not saved (Analysis database).</summary>
    public const string CreditReserved = "analysis.credit-reserved";

    /// <summary>A batch's credits are reserved in one ledger transaction; the batch and its items are not saved.</summary>
    public const string BatchCreditsReserved = "analysis.batch-credits-reserved";

    /// <summary>A sandbox run is committed; the request has not answered.</summary>
    public const string SandboxCommitted = "analysis.sandbox-committed";

    /// <summary>The analysis job has committed its terminal state; the credit is not settled, no webhook enqueued.</summary>
    public const string TerminalCommitted = "analysis.terminal-committed";

    /// <summary>The batch job has committed the batch COMPLETED; batch.completed is not enqueued.</summary>
    public const string BatchCompleted = "analysis.batch-completed";
}
