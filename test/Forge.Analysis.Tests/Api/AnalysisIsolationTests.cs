using System.Net;
using System.Net.Http.Json;

namespace Forge.Analysis.Tests.Api;

/// <summary>Issue 10 acceptance 4 on every route that takes an id: another tenant's analysis, batch or sandbox id is NOT001, and changes nothing.</summary>
[ProviderSensitive]
public sealed class AnalysisIsolationTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task Another_tenants_ids_are_NOT001_on_every_route_and_its_delete_changes_nothing()
    {
        var (_, owner) = await fixture.TenantAsync(credits: 2);
        var (_, other) = await fixture.TenantAsync(credits: 2);
        using var submitted = await owner.SubmitAsync(AnalysisApi.Body());
        var analysis = (await submitted.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await owner.WaitForStatusAsync(analysis, "COMPLETED");
        using var batchCreated = await owner.PostAsJsonAsync("/public/v1/analyses/batch", new
        {
            analyses = new[] { new { referenceId = "a", resumeData = new { type = "text", content = AnalysisApi.Resume }, jobPostingData = new { type = "text", content = AnalysisApi.Posting } } },
        });
        var batch = (await batchCreated.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        using var sandbox = await owner.PostAsJsonAsync("/public/v1/analyses/test-run", AnalysisApi.Body());
        var run = (await sandbox.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;

        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, $"/public/v1/analyses/{analysis}"),
                     new HttpRequestMessage(HttpMethod.Delete, $"/public/v1/analyses/{analysis}?includeResult=true"),
                     new HttpRequestMessage(HttpMethod.Get, $"/public/v1/analyses/batch/{batch}"),
                     new HttpRequestMessage(HttpMethod.Get, $"/public/v1/analyses/test-run/{run}"),
                 })
        {
            using var response = await other.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{request.Method} {request.RequestUri}");
            var body = await response.JsonAsync();
            body.GetProperty("code").GetString().ShouldBe("NOT001");
            body.GetProperty("data").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        }
        using var list = await other.GetAsync("/public/v1/analyses");
        (await list.JsonAsync()).GetProperty("data").GetProperty("items").GetArrayLength().ShouldBe(0);

        // The owner's analysis is untouched by the other tenant's DELETE.
        (await owner.WaitForStatusAsync(analysis, "COMPLETED")).GetProperty("result").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
    }
}
