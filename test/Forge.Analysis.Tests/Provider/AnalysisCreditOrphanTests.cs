using System.Net;
using System.Net.Http.Json;
using Forge.Analysis.Application;
using Forge.Analysis.Tests.Api;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// Issues 10 and 12: a submit reserves its credit in the platform ledger and saves the analysis in the Analysis database,
/// two commits. A real host process killed between them (SIGKILL at a failpoint) leaves a hold with no analysis; the host
/// started again releases it through <c>CreditOrphanSweep</c> within the grace (10 s here) — not after the hour the hold
/// would take to expire — and never releases a hold whose analysis exists (ADR 43 addendum).
/// </summary>
[ProviderSensitive]
public sealed class AnalysisCreditOrphanTests
{
    // Short against the product's two minutes, but well beyond a submit's own reserve-then-save gap: at 2 s a loaded CI
    // machine once stretched a batch's gap past the grace, and the sweep released holds whose analyses were being saved.
    private static readonly Dictionary<string, string?> ShortGrace = new() { [$"{AnalysisOptions.Section}:CreditOrphanGrace"] = "00:00:10" };

    private const string Orphans = """
        SELECT COUNT(*) FROM platform_credit_reservations r
        WHERE r."State" = 'Held' AND NOT EXISTS (SELECT 1 FROM analysis_analyses a WHERE 'analysis:' || a."Id" = r."Reference")
        """;

    private const string Held = "SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'";

    [Fact]
    public async Task Killed_between_reserve_and_save_the_orphaned_hold_is_released_and_a_running_batch_keeps_its_holds()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.CreditReserved, gatedProvider: true, ShortGrace);

        // A batch whose items outlive the grace inside the model call: their holds are older than the grace at every
        // sweep from here on, and their analyses exist.
        run.Proxy!.Hold();
        using (var accepted = await run.Client.PostAsJsonAsync("/public/v1/analyses/batch", BatchBody()))
            accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var batchId = (string)(await run.ScalarAsync("SELECT \"Id\" FROM analysis_batches"))!;
        await run.Proxy.Arrived.WaitAsync(TimeSpan.FromSeconds(60));

        await run.SendThroughCrashAsync(c => c.SubmitAsync(AnalysisApi.Body()));
        (await run.CountAsync(Held)).ShouldBe(3);
        (await run.CountAsync(Orphans)).ShouldBe(1);

        await run.RestartAsync();
        await Eventually.GetAsync(() => run.CountAsync(Orphans), n => n == 0, TimeSpan.FromSeconds(60), "the orphaned hold to be released");
        // The sweep that released it read every hold made before it (oldest first): the batch's were among them.
        (await run.CountAsync("SELECT COUNT(*) FROM platform_credit_entries WHERE \"Kind\" = 'Release'")).ShouldBe(1);
        (await run.CountAsync(Held)).ShouldBe(2);

        run.Proxy.Open();
        var batch = await Eventually.GetAsync(() => run.GetDataAsync($"/public/v1/analyses/batch/{batchId}"),
            b => b.GetProperty("status").GetString() == "COMPLETED", TimeSpan.FromSeconds(60), "the batch to complete");
        batch.GetProperty("counts").GetProperty("completed").GetInt32().ShouldBe(2);
        await run.LedgerShouldBalanceAsync(reservations: 3, committed: 2);
    }

    [Fact]
    public async Task Killed_between_a_batch_reservation_and_its_save_every_item_hold_is_released()
    {
        await using var run = await CrashRun.StartAsync(AnalysisFailpoints.BatchCreditsReserved, settings: ShortGrace);

        await run.SendThroughCrashAsync(c => c.PostAsJsonAsync("/public/v1/analyses/batch", BatchBody()));
        (await run.CountAsync(Held)).ShouldBe(2);
        (await run.CountAsync("SELECT COUNT(*) FROM analysis_analyses") + await run.CountAsync("SELECT COUNT(*) FROM analysis_batches")).ShouldBe(0);

        await run.RestartAsync();
        await Eventually.GetAsync(() => run.CountAsync(Held), n => n == 0, TimeSpan.FromSeconds(60), "the batch's orphaned holds to be released");
        await run.LedgerShouldBalanceAsync(reservations: 2, committed: 0);

        // The credit is whole again: a new submit is accepted and charged once.
        using var accepted = await run.Client.SubmitAsync(AnalysisApi.Body());
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await Eventually.GetAsync(() => run.GetDataAsync($"/public/v1/analyses/{id}"), a => a.GetProperty("status").GetString() == "COMPLETED",
            TimeSpan.FromSeconds(60), "the new analysis to complete");
        await run.LedgerShouldBalanceAsync(reservations: 3, committed: 1);
    }

    private static object BatchBody() => new
    {
        analyses = Enumerable.Range(0, 2).Select(i => new
        {
            referenceId = $"r{i}",
            resumeData = new { type = "text", content = AnalysisApi.Resume },
            jobPostingData = new { type = "text", content = AnalysisApi.Posting },
        }),
        options = new { parallel = 1 },
    };
}
