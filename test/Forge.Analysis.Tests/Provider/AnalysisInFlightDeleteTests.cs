using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.Tests.Api;
using Forge.Host.BackgroundJobs;
using Forge.Host.Data;
using Forge.Hosting.Credits;
using Forge.Hosting.Work;
using Forge.TestKit.FakeAi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// DELETE of an analysis whose job is running (ADR 40, 43), made deterministic by a gate: the job is held inside the
/// model call (a known point, after the engine has read the documents), DELETE happens, then the gate opens and the
/// job goes on. The documents are erased, the analysis ends FAILED/CANCELLED, its one reservation is released (never
/// committed), and exactly one analysis.failed is sent.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisInFlightDeleteTests(GatedAnthropicHostFixture fixture) : IClassFixture<GatedAnthropicHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Deleting_a_running_analysis_cancels_it_erases_its_documents_and_releases_its_credit_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await Host.TenantAsync(fixture.UniqueName("delete"), credits: 2);
        fixture.Fake.Otherwise = FakeAiOutcome.Reply(ProviderReplies.Valid()); // not a script: a cancelled call would leave it unused
        fixture.Proxy.Hold();

        using var submitted = await client.SubmitAsync(AnalysisApi.Body(receiver.Url(), ProviderApi.Secret));
        var id = (await submitted.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await fixture.Proxy.Arrived.WaitAsync(TimeSpan.FromSeconds(60)); // the job is inside the model call
        (await client.WaitForStatusAsync(id, "PROCESSING", "COMPLETED", "FAILED")).GetProperty("status").GetString().ShouldBe("PROCESSING");
        // Meanwhile the console's Jobs page shows it as unfinished work with no progress.
        var item = (await Host.InScopeAsync(sp => sp.GetRequiredService<WorkItems>().ListRecentAsync(tenant, 10, CancellationToken.None))).Single();
        (item.Module, item.Id, item.State, item.Finished, item.Progress).ShouldBe(("Analysis", id, "PROCESSING", false, 0.0));

        using var deleted = await client.DeleteAsync($"/public/v1/analyses/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = (await deleted.JsonAsync()).GetProperty("data");
        answer.GetProperty("status").GetString().ShouldBe("FAILED");
        answer.GetProperty("error").GetProperty("code").GetString().ShouldBe("CANCELLED");

        fixture.Proxy.Open(); // the job resumes: either its cancellation already tripped, or the model's reply arrives now
        var job = await JobIdAsync(tenant, id);
        await Eventually.GetAsync(() => JobStateAsync(job), s => s is not (BackgroundJobState.Pending or BackgroundJobState.Running),
            TimeSpan.FromSeconds(60), "the analysis job to end");

        await ShouldBeCancelledCleanlyAsync(client, tenant, id, balance: 2);
        var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30))).Single();
        (await DeliveriesAsync(id)).ShouldBe(1); // DELETE's outcome job sent analysis.failed; the resumed job sent nothing more
        var data = JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data");
        data.GetProperty("analysisId").GetString().ShouldBe(id);
        data.GetProperty("error").GetProperty("code").GetString().ShouldBe("CANCELLED");
    }

    [Fact]
    public async Task A_deleted_batch_item_whose_job_goes_on_to_finish_stays_cancelled_and_is_never_charged()
    {
        var (tenant, client) = await Host.TenantAsync(fixture.UniqueName("delete"), credits: 1);
        fixture.Fake.Otherwise = FakeAiOutcome.Reply(ProviderReplies.Valid()); // not a script: a cancelled call would leave it unused
        fixture.Proxy.Hold();
        var forwarded = fixture.Proxy.Forwarded;
        var body = new
        {
            analyses = new[] { new { referenceId = "only", resumeData = new { type = "text", content = AnalysisApi.Resume }, jobPostingData = new { type = "text", content = AnalysisApi.Posting } } },
            options = new { parallel = 1 },
        };
        using var created = await client.PostAsJsonAsync("/public/v1/analyses/batch", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var batch = (await created.JsonAsync()).GetProperty("data");
        var batchId = batch.GetProperty("id").GetString()!;
        var id = batch.GetProperty("items")[0].GetProperty("analysisId").GetString()!;
        await fixture.Proxy.Arrived.WaitAsync(TimeSpan.FromSeconds(60));

        using var deleted = await client.DeleteAsync($"/public/v1/analyses/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);

        // A batch item has no job of its own to cancel: the batch job really resumes, gets the model's text, and its
        // terminal write loses to the DELETE's.
        fixture.Proxy.Open();
        var done = await Eventually.GetAsync(async () => (await (await client.GetAsync($"/public/v1/analyses/batch/{batchId}")).JsonAsync()).GetProperty("data"),
            b => b.GetProperty("status").GetString() == "COMPLETED", TimeSpan.FromSeconds(60), "the batch to complete");
        fixture.Proxy.Forwarded.ShouldBe(forwarded + 1);
        done.GetProperty("counts").GetProperty("failed").GetInt32().ShouldBe(1);
        await ShouldBeCancelledCleanlyAsync(client, tenant, id, balance: 1);
    }

    private async Task ShouldBeCancelledCleanlyAsync(HttpClient client, Guid tenant, string id, long balance)
    {
        var final = await client.WaitForStatusAsync(id, "FAILED", "COMPLETED");
        final.GetProperty("status").GetString().ShouldBe("FAILED");
        final.GetProperty("error").GetProperty("code").GetString().ShouldBe("CANCELLED");
        final.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        var row = await Host.InTenantAsync(tenant, sp => sp.GetRequiredService<AnalysisDbContext>().Analyses.AsNoTracking().SingleAsync(a => a.Id == id));
        row.ResumeContent.ShouldBeNull();
        row.PostingContent.ShouldBeNull();
        row.ResultJson.ShouldBeNull();
        // Released by the outcome job DELETE committed with the cancel (ADR 61 addendum), a moment after DELETE answered.
        var holds = await Eventually.GetAsync(() => Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().CreditHolds.IgnoreQueryFilters()
                .AsNoTracking().Where(h => h.TenantId == tenant).Select(h => h.State).ToListAsync()),
            h => h.All(s => s != CreditReservationState.Held), TimeSpan.FromSeconds(30), "the reservation to be settled");
        holds.ShouldBe([CreditReservationState.Released]);
        (await Host.BalanceAsync(tenant)).ShouldBe(balance);
    }

    private Task<Guid> JobIdAsync(Guid tenant, string id) =>
        Host.InTenantAsync(tenant, async sp => (await sp.GetRequiredService<AnalysisDbContext>().Analyses.AsNoTracking().SingleAsync(a => a.Id == id)).JobId!.Value);

    private Task<BackgroundJobState> JobStateAsync(Guid job) =>
        Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().BackgroundJobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => j.Id == job).Select(j => j.State).SingleAsync());

    private Task<int> DeliveriesAsync(string id) =>
        Host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().WebhookDeliveries.IgnoreQueryFilters().AsNoTracking()
            .CountAsync(d => d.OwnerId == id));
}
