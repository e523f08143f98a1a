using System.Net;
using System.Net.Http.Json;
using Forge.Hosting.Work;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>Analyses and batches among the console's work items (kernel <see cref="WorkItems"/>, the Jobs page's source).</summary>
[ProviderSensitive]
public sealed class AnalysisWorkItemTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task A_tenant_sees_its_analyses_and_batches_with_state_and_progress_and_the_host_sees_every_tenants()
    {
        var (alpha, alphaClient) = await fixture.TenantAsync(credits: 5);
        var (beta, betaClient) = await fixture.TenantAsync(credits: 5);
        var single = await SubmitAsync(alphaClient);
        await alphaClient.WaitForStatusAsync(single, "COMPLETED");
        var broken = Convert.ToBase64String("%PDF-1.7 not really"u8.ToArray());
        using var created = await alphaClient.PostAsJsonAsync("/public/v1/analyses/batch", new
        {
            analyses = new object[]
            {
                new { referenceId = "ok", resumeData = new { type = "text", content = AnalysisApi.Resume }, jobPostingData = new { type = "text", content = AnalysisApi.Posting } },
                new { referenceId = "bad", resumeData = new { type = "pdf", content = broken }, jobPostingData = new { type = "text", content = AnalysisApi.Posting } },
            },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var batch = (await created.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await Eventually.GetAsync(async () => (await (await alphaClient.GetAsync($"/public/v1/analyses/batch/{batch}")).JsonAsync()).GetProperty("data"),
            b => b.GetProperty("status").GetString() == "COMPLETED", TimeSpan.FromSeconds(60), "the batch completing");
        var betaSingle = await SubmitAsync(betaClient);
        await betaClient.WaitForStatusAsync(betaSingle, "COMPLETED");
        using (await alphaClient.PostAsJsonAsync("/public/v1/analyses/test-run", AnalysisApi.Body())) { } // sandbox: not work

        var alphaItems = await ListAsync(alpha);

        alphaItems.Select(w => (w.Kind, w.Id)).ShouldBe([("batch", batch), ("analysis", single)]);
        alphaItems.ShouldAllBe(w => w.Module == "Analysis" && w.TenantId == alpha && w.Finished && w.Progress == 1.0);
        var (b, s) = (alphaItems[0], alphaItems[1]);
        (b.State, b.Done, b.Failed, b.Total).ShouldBe(("COMPLETED", 1, 1, 2));
        (s.State, s.Done, s.Failed, s.Total).ShouldBe(("COMPLETED", 1, 0, 1));
        alphaItems.ShouldAllBe(w => w.CreatedAt.Kind == DateTimeKind.Utc && w.CompletedAt >= w.CreatedAt);
        (await ListAsync(beta)).Select(w => w.Id).ShouldBe([betaSingle]);

        // The host admin's view holds every tenant's (other tests' tenants share this host), newest first.
        var all = await ListAsync(null);
        all.Select(w => w.Id).ShouldContain(betaSingle);
        all.Select(w => w.Id).ShouldContain(batch);
        all.ShouldBeInOrder(SortDirection.Descending, Comparer<WorkItemView>.Create((x, y) => x.CreatedAt.CompareTo(y.CreatedAt)));
    }

    private static async Task<string> SubmitAsync(HttpClient client)
    {
        using var response = await client.SubmitAsync(AnalysisApi.Body());
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
    }

    private Task<IReadOnlyList<WorkItemView>> ListAsync(Guid? tenant) =>
        fixture.Host.InScopeAsync(sp => sp.GetRequiredService<WorkItems>().ListRecentAsync(tenant, 50, CancellationToken.None));
}
