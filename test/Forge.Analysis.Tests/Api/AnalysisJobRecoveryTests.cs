using System.Net;
using System.Net.Http.Json;
using Forge.Analysis.Application;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>
/// The job re-run the kernel makes after a crash (ADR 43): at any point of the run it finishes what is missing and never
/// charges or notifies twice. The crash points are made deterministic by putting the row back where a crash leaves it.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisJobRecoveryTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task Re_running_the_job_after_it_finished_or_mid_run_charges_once_and_sends_one_webhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, client) = await fixture.TenantAsync(credits: 2);
        using var response = await client.SubmitAsync(AnalysisApi.Body(receiver.Url()));
        var id = (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        await client.WaitForStatusAsync(id, "COMPLETED");
        await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30));
        await Eventually.GetAsync(() => fixture.BalanceAsync(tenant), b => b == 1, what: "one credit charged");

        // A crash after the terminal write (before settling): the re-run only settles, idempotently.
        await RunJobAsync(tenant, id);
        // A crash before the terminal write: the row is still PROCESSING; the re-run analyses again and commits the same reservation.
        await fixture.Host.InTenantAsync(tenant, sp => sp.GetRequiredService<AnalysisDbContext>().Analyses.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnalysisStatus.Processing).SetProperty(a => a.ResultJson, (string?)null)));
        await RunJobAsync(tenant, id);

        (await client.WaitForStatusAsync(id, "COMPLETED")).GetProperty("result").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
        (await fixture.BalanceAsync(tenant)).ShouldBe(1);
        receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_revoked_key_is_AUTH003()
    {
        var host = fixture.Host;
        var tenant = await host.CreateTenantAsync(fixture.UniqueName("revoked"));
        var key = await host.CreateKeyAsync(tenant, Products.Analysis);
        var keyId = key.Substring("miri_live_sk_".Length, 24);
        await host.InScopeAsync(sp => sp.GetRequiredService<Forge.Host.ApiKeys.ApiKeyManager>().RevokeAsync(keyId));

        using var refused = await host.ClientWithKey(key).PostAsJsonAsync("/public/v1/analyses", AnalysisApi.Body());
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.JsonAsync()).GetProperty("code").GetString().ShouldBe("AUTH003");
    }

    [Fact]
    public async Task An_unknown_route_under_the_base_path_is_NOT001_in_the_envelope()
    {
        var (_, client) = await fixture.TenantAsync(credits: 0);
        using var response = await client.GetAsync("/public/v1/nothing-here");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("code").GetString().ShouldBe("NOT001");
    }

    private Task RunJobAsync(Guid tenant, string id) =>
        fixture.Host.InTenantAsync(tenant, async sp =>
        {
            await sp.GetRequiredService<IBackgroundJob<AnalysisJobArgs>>().ExecuteAsync(new AnalysisJobArgs(id), CancellationToken.None);
            return 0;
        });
}
