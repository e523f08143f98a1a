using System.Net;
using System.Net.Http.Json;
using Forge.Analysis.Application;
using Forge.Analysis.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>The retention sweep (ADR 40): documents erased after Forge:Analysis:DocumentRetention, results kept, expired sandbox runs gone.</summary>
[ProviderSensitive]
public sealed class AnalysisRetentionTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task The_sweep_erases_old_documents_keeps_results_and_fresh_documents_and_drops_expired_sandbox_runs()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 2);
        var old = await SubmitCompletedAsync(client);
        var fresh = await SubmitCompletedAsync(client);
        using var sandbox = await client.PostAsJsonAsync("/public/v1/analyses/test-run", AnalysisApi.Body());
        var sandboxId = (await sandbox.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;

        // Put the rows where time would: the first analysis eight days old, the sandbox run past its ten minutes.
        await fixture.Host.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<AnalysisDbContext>();
            await db.Analyses.Where(a => a.Id == old).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, a => a.CreatedAt.AddDays(-8)));
            return await db.Analyses.Where(a => a.Id == sandboxId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ExpiresAt, a => a.CreatedAt.AddMinutes(-1)));
        });
        await fixture.Host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DocumentRetentionSweep>().ExecuteAsync(CancellationToken.None);
            return 0;
        });

        var rows = await fixture.Host.InTenantAsync(tenant, sp => sp.GetRequiredService<AnalysisDbContext>().Analyses.AsNoTracking().ToListAsync());
        var erased = rows.Single(a => a.Id == old);
        erased.ResumeContent.ShouldBeNull();
        erased.PostingContent.ShouldBeNull();
        erased.ResultJson.ShouldNotBeNull();
        rows.Single(a => a.Id == fresh).ResumeContent.ShouldNotBeNull();
        rows.ShouldNotContain(a => a.Id == sandboxId);
        using var gone = await client.GetAsync($"/public/v1/analyses/test-run/{sandboxId}");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> SubmitCompletedAsync(HttpClient client)
    {
        using var response = await client.SubmitAsync(AnalysisApi.Body());
        var id = (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await client.WaitForStatusAsync(id, "COMPLETED");
        return id;
    }
}
