using System.Net;
using Forge.Hosting.Work;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <c>/health</c>, <c>/health/ready</c> and <c>/api/metrics/summary</c> measured from real generations (ADR 42 §Health,
/// ADR 51), and tasks among the console's work items.
/// </summary>
[ProviderSensitive]
public sealed class TaskHealthTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Health_is_public_and_counts_todays_generations()
    {
        var before = await HealthAsync();
        before.GetProperty("status").GetString().ShouldBe("ok");
        before.GetProperty("version").GetString().ShouldNotBeNullOrWhiteSpace();
        before.GetProperty("ai_provider").GetString().ShouldBe("builtin");
        before.GetProperty("notion_ready").GetBoolean().ShouldBeTrue(); // the fake server answers
        before.GetProperty("copilot").GetProperty("available").GetBoolean().ShouldBeFalse();
        before.GetProperty("features").GetInt32().ShouldBeGreaterThanOrEqualTo(9);
        before.GetProperty("skills").GetInt32().ShouldBeGreaterThanOrEqualTo(12);

        var (_, client, token) = await fixture.TenantAsync();
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, fixture.Notion.AddPage("P"), SampleBlueprints.Valid()));
        (await client.FinishedAsync(taskId)).Status().ShouldBe("completed");

        var stats = (await HealthAsync()).GetProperty("today_stats");
        var was = before.GetProperty("today_stats");
        stats.GetProperty("total").GetInt32().ShouldBe(was.GetProperty("total").GetInt32() + 1);
        stats.GetProperty("success").GetInt32().ShouldBe(was.GetProperty("success").GetInt32() + 1);
        stats.GetProperty("success_rate").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ready_reports_the_database_and_job_server_and_what_is_configured()
    {
        using var response = await fixture.Host.Client.GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("ready").GetBoolean().ShouldBeTrue();
        body.GetProperty("checks").GetProperty("notion_configured").GetBoolean().ShouldBeTrue();
        body.GetProperty("checks").GetProperty("ai_provider_configured").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Metrics_summarise_the_tenants_own_generations_and_tasks_are_work_items()
    {
        var (tenant, client, token) = await fixture.TenantAsync();
        var (_, other, _) = await fixture.TenantAsync();
        var ok = await client.SubmitAsync(TaskApi.SubmitBody(token, fixture.Notion.AddPage("P"), SampleBlueprints.Valid()));
        (await client.FinishedAsync(ok)).Status().ShouldBe("completed");
        var failing = await client.SubmitAsync(TaskApi.SubmitBody(token, Guid.NewGuid().ToString(), SampleBlueprints.Valid())); // no such parent
        var failed = await client.FinishedAsync(failing);
        failed.Status().ShouldBe("failed");
        failed.GetProperty("result").GetProperty("error_code").GetString().ShouldBe("NOT_FOUND");

        using var response = await client.GetAsync("/api/metrics/summary");
        var summary = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, summary.ToString());
        summary.GetProperty("period").GetString().ShouldBe("7d");
        summary.GetProperty("total_generations").GetInt32().ShouldBe(2);
        summary.GetProperty("success_count").GetInt32().ShouldBe(1);
        summary.GetProperty("success_rate").GetDouble().ShouldBe(50.0);
        summary.GetProperty("p95_duration_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(summary.GetProperty("p50_duration_ms").GetDouble());
        summary.GetProperty("tokens").GetInt64().ShouldBe(0);
        using var otherResponse = await other.GetAsync("/api/metrics/summary");
        (await otherResponse.JsonAsync()).GetProperty("total_generations").GetInt32().ShouldBe(0);

        var items = await fixture.Host.InScopeAsync(sp => sp.GetRequiredService<WorkItems>().ListRecentAsync(tenant, 10, CancellationToken.None));
        items.Where(i => i.Module == "NotionForge").Select(i => (i.Id, i.State)).ShouldBe([(failing, "failed"), (ok, "completed")]);
        var done = items.Single(i => i.Id == ok);
        done.Finished.ShouldBeTrue();
        done.Done.ShouldBe(done.Total);
        done.Total.ShouldBe(11); // the sample plan's Notion steps, views included (ADR 58)
    }

    private async Task<System.Text.Json.JsonElement> HealthAsync()
    {
        using var response = await fixture.Host.Client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }
}
