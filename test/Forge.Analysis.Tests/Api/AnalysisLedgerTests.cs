using System.Net;
using Forge.Host.Data;
using Forge.Hosting.Credits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>
/// Issue 10 acceptance 2, to the end: after 60 concurrent submissions against 50 credits every accepted analysis settles
/// exactly once and the ledger balances (reserved = committed + released + still held).
/// </summary>
[ProviderSensitive]
public sealed class AnalysisLedgerTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task Sixty_against_fifty_settles_fifty_commits_and_the_ledger_balances()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 50);
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.SubmitAsync(AnalysisApi.Body())));
        var ids = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Accepted))
            ids.Add((await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!);
        ids.Count.ShouldBe(50);

        foreach (var id in ids) (await client.WaitForStatusAsync(id, "COMPLETED", "FAILED")).GetProperty("status").GetString().ShouldBe("COMPLETED");

        var ledger = await Eventually.GetAsync(() => LedgerAsync(fixture.Host, tenant), l => l.Held == 0, what: "every reservation settled");
        ledger.Reservations.ShouldBe(50);
        ledger.Committed.ShouldBe(50);
        ledger.Released.ShouldBe(0);
        ledger.References.ShouldBe(ids.Select(id => $"analysis:{id}").Order(), ignoreOrder: true);
        (await fixture.BalanceAsync(tenant)).ShouldBe(0);
    }

    internal sealed record Ledger(long Reservations, long Committed, long Released, long Held, IReadOnlyList<string> References);

    /// <summary>The tenant's reservations by state, read from the kernel's ledger (the host's own context, all tenants visible).</summary>
    internal static async Task<Ledger> LedgerAsync(TestHost host, Guid tenant)
    {
        var holds = await host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().CreditHolds.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.TenantId == tenant).Select(h => new { h.Reference, h.State }).ToListAsync());
        long Count(params CreditReservationState[] states) => holds.Count(h => states.Contains(h.State));
        var ledger = new Ledger(holds.Count, Count(CreditReservationState.Committed),
            Count(CreditReservationState.Released, CreditReservationState.Expired), Count(CreditReservationState.Held),
            holds.Select(h => h.Reference).ToList());
        (ledger.Committed + ledger.Released + ledger.Held).ShouldBe(ledger.Reservations);
        return ledger;
    }
}
