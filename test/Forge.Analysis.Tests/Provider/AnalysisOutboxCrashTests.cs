using System.Net.Http.Json;
using System.Text.Json;
using Forge.Analysis.Application;
using Forge.Analysis.Tests.Api;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// Issue 10: a crash right after a commit loses no follow-up of the state it committed (ADR 61 addendum). A real host
/// process (in-memory job queue, so the queue dies with it) kills itself with SIGKILL at one of the module's
/// failpoints; the state at the kill is asserted; a host started again on the same database without the failpoint
/// delivers the webhook exactly once to a loopback receiver, the resource shows the delivery, and the ledger balances.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisOutboxCrashTests
{
    private const string Secret = CrashRun.Secret;

    [Fact]
    public async Task Killed_right_after_DELETE_commits_the_cancel_the_credit_is_released_once_and_analysis_failed_sent_once()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.CancelCommitted, gatedProvider: true);
        var id = await DeleteRunningAnalysisThroughCrashAsync(run);

        // Exactly the commit: the cancel, the erasure and the outcome job; the analysis's own job still runnable (so after
        // the restart two things may finish the analysis — its re-run and the outcome job — and must not do it twice).
        (await run.CountAsync(OutboxRows)).ShouldBe(1);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = 'analysis.run' AND \"CancelRequestedAt\" IS NULL")).ShouldBe(1);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'")).ShouldBe(1);
        run.Receiver.Received.ShouldBeEmpty();

        await ShouldEndCancelledOnceAfterRestartAsync(run, id);
    }

    [Fact]
    public async Task Killed_after_DELETE_also_cancelled_the_job_the_outcome_job_alone_releases_the_credit_and_sends_analysis_failed_once()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.CancelJobCancelled, gatedProvider: true);
        var id = await DeleteRunningAnalysisThroughCrashAsync(run);

        // The analysis's job will not run again: before ADR 61's addendum nothing was left here to release the credit
        // (until its hold expired) or to send analysis.failed (never). The outcome job exists, staged or already handed
        // to the job queue (the dispatcher, woken by the commit, races the request thread to this failpoint).
        (await run.CountAsync("SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = 'analysis.run' AND \"CancelRequestedAt\" IS NOT NULL")).ShouldBe(1);
        (await run.CountAsync(OutboxRows) + await run.CountAsync("SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = 'analysis.outcome'"))
            .ShouldBeGreaterThanOrEqualTo(1);

        await ShouldEndCancelledOnceAfterRestartAsync(run, id);
    }

    /// <summary>Submits with a webhook, holds the job inside the model call (PROCESSING), then DELETE kills the host.</summary>
    private static async Task<string> DeleteRunningAnalysisThroughCrashAsync(CrashRun run)
    {
        run.Proxy!.Hold();
        using var submitted = await run.Client.SubmitAsync(AnalysisApi.Body(run.Receiver.Url(), Secret));
        var id = (await submitted.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await run.Proxy.Arrived.WaitAsync(TimeSpan.FromSeconds(60));

        await run.SendThroughCrashAsync(c => c.DeleteAsync($"/public/v1/analyses/{id}"));

        (await run.ScalarAsync($"SELECT \"ErrorCode\" FROM analysis_analyses WHERE \"Id\" = '{id}'")).ShouldBe("CANCELLED");
        (await run.CountAsync($"SELECT COUNT(*) FROM analysis_analyses WHERE \"Id\" = '{id}' AND \"ResumeContent\" IS NULL AND \"PostingContent\" IS NULL")).ShouldBe(1);
        run.Proxy.Open(); // the held call's host is gone; nothing is forwarded
        return id;
    }

    private static async Task ShouldEndCancelledOnceAfterRestartAsync(CrashRun run, string id)
    {
        var hook = await run.RestartAndExpectOneDeliveryAsync($"analysis:{id}:analysis.failed");
        var data = JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data");
        (data.GetProperty("id").GetString(), data.GetProperty("analysisId").GetString()).ShouldBe((id, id));
        data.GetProperty("error").GetProperty("code").GetString().ShouldBe("CANCELLED");

        var analysis = await run.GetDataAsync($"/public/v1/analyses/{id}");
        (analysis.GetProperty("status").GetString(), analysis.GetProperty("error").GetProperty("code").GetString()).ShouldBe(("FAILED", "CANCELLED"));
        ShouldShowOneSuccessfulDelivery(analysis);
        await run.LedgerShouldBalanceAsync(reservations: 1, committed: 0);
    }

    [Fact]
    public async Task Killed_after_a_sandbox_run_commits_its_webhook_is_sent_once_after_restart()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.SandboxCommitted);

        await run.SendThroughCrashAsync(c => c.PostAsJsonAsync("/public/v1/analyses/test-run", AnalysisApi.Body(run.Receiver.Url(), Secret)));

        var id = (string)(await run.ScalarAsync("SELECT \"Id\" FROM analysis_analyses WHERE \"Sandbox\" = TRUE AND \"Status\" = 'COMPLETED'"))!;
        (await run.CountAsync(OutboxRows)).ShouldBe(1);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(0);

        var hook = await run.RestartAndExpectOneDeliveryAsync($"analysis:{id}:analysis.completed");
        var data = JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data");
        (data.GetProperty("id").GetString(), data.GetProperty("sandbox").GetBoolean()).ShouldBe((id, true));

        ShouldShowOneSuccessfulDelivery(await run.GetDataAsync($"/public/v1/analyses/test-run/{id}"));
        await run.LedgerShouldBalanceAsync(reservations: 0, committed: 0);
    }

    [Fact]
    public async Task Killed_after_an_analysis_commits_its_result_the_rerun_charges_once_and_sends_analysis_completed_once()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.TerminalCommitted);

        await run.SendThroughCrashAsync(c => c.SubmitAsync(AnalysisApi.Body(run.Receiver.Url(), Secret)));

        var id = (string)(await run.ScalarAsync("SELECT \"Id\" FROM analysis_analyses WHERE \"Status\" = 'COMPLETED'"))!;
        (await run.CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'")).ShouldBe(1);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(0);

        await run.RestartAndExpectOneDeliveryAsync($"analysis:{id}:analysis.completed");
        var analysis = await run.GetDataAsync($"/public/v1/analyses/{id}");
        analysis.GetProperty("status").GetString().ShouldBe("COMPLETED");
        ShouldShowOneSuccessfulDelivery(analysis);
        await run.LedgerShouldBalanceAsync(reservations: 1, committed: 1);
    }

    [Fact]
    public async Task Killed_after_a_batch_item_commits_its_result_the_rerun_charges_that_item_once_and_sends_batch_completed_once()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.TerminalCommitted);

        await run.SendThroughCrashAsync(c => c.PostAsJsonAsync("/public/v1/analyses/batch", BatchBody(run.Receiver.Url())));

        // The first item's result is committed and its credit is not settled: before the batch job re-settled finished
        // items, this hold stayed until it expired (and the completed analysis was never charged).
        (await run.CountAsync("SELECT COUNT(*) FROM analysis_analyses WHERE \"Status\" = 'COMPLETED'")).ShouldBe(1);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'")).ShouldBe(2);
        var batchId = (string)(await run.ScalarAsync("SELECT \"Id\" FROM analysis_batches"))!;

        await run.RestartAndExpectOneDeliveryAsync($"batch:{batchId}:batch.completed");
        await BatchShouldBeCompleteAsync(run, batchId);
        await run.LedgerShouldBalanceAsync(reservations: 2, committed: 2);
    }

    [Fact]
    public async Task Killed_after_a_batch_commits_COMPLETED_the_rerun_sends_batch_completed_once()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.BatchCompleted);

        await run.SendThroughCrashAsync(c => c.PostAsJsonAsync("/public/v1/analyses/batch", BatchBody(run.Receiver.Url())));

        var batchId = (string)(await run.ScalarAsync("SELECT \"Id\" FROM analysis_batches WHERE \"Status\" = 'COMPLETED'"))!;
        (await run.CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Committed'")).ShouldBe(2);
        (await run.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(0);

        await run.RestartAndExpectOneDeliveryAsync($"batch:{batchId}:batch.completed");
        await BatchShouldBeCompleteAsync(run, batchId);
        await run.LedgerShouldBalanceAsync(reservations: 2, committed: 2);
    }

    private static readonly string OutboxRows = $"SELECT COUNT(*) FROM analysis_job_outbox WHERE \"ArgsType\" = '{typeof(AnalysisOutcomeArgs).FullName}'";

    private static object BatchBody(string webhookUrl) => new
    {
        analyses = Enumerable.Range(0, 2).Select(i => new
        {
            referenceId = $"r{i}",
            resumeData = new { type = "text", content = AnalysisApi.Resume },
            jobPostingData = new { type = "text", content = AnalysisApi.Posting },
        }),
        options = new { webhook = new { url = webhookUrl, secret = Secret }, parallel = 1 },
    };

    private static async Task BatchShouldBeCompleteAsync(CrashRun run, string batchId)
    {
        var batch = await run.GetDataAsync($"/public/v1/analyses/batch/{batchId}");
        batch.GetProperty("status").GetString().ShouldBe("COMPLETED");
        batch.GetProperty("counts").GetProperty("completed").GetInt32().ShouldBe(2);
        (await run.CountAsync("SELECT COUNT(*) FROM analysis_analyses WHERE \"Status\" = 'COMPLETED'")).ShouldBe(2);
    }

    private static void ShouldShowOneSuccessfulDelivery(JsonElement resource)
    {
        var delivery = resource.GetProperty("webhook").GetProperty("delivery");
        delivery.GetProperty("state").GetString().ShouldBe("SUCCESS");
        delivery.GetProperty("attemptCount").GetInt32().ShouldBe(1);
        delivery.GetProperty("lastStatusCode").GetInt32().ShouldBe(200);
    }
}
