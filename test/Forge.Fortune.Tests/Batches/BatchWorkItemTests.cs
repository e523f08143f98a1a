using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.Host.Tenants;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Work;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Batches;

/// <summary>Batches as the console's work items (<see cref="IWorkItemSource"/>): per tenant, and all tenants for the host admin.</summary>
[ProviderSensitive]
public sealed class BatchWorkItemTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApi.StartBuiltinAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_tenant_sees_its_own_batches_and_the_host_sees_every_tenants_newest_first()
    {
        var alpha = await _host.EnterpriseClientAsync("work-alpha");
        var beta = await _host.EnterpriseClientAsync("work-beta");
        var alphaProfile = (await alpha.CreateProfilesAsync(1)).Single();
        var betaProfiles = await beta.CreateProfilesAsync(2);

        var mixed = await alpha.CreateBatchAsync(BatchApi.Body([alphaProfile, "prf_doesnotexist"]));   // 1 done, 1 failed
        var whole = await beta.CreateBatchAsync(BatchApi.Body(betaProfiles));                          // 2 done
        var lost = await alpha.CreateBatchAsync(BatchApi.Body(["prf_missing0001"]));                    // failed as a whole
        foreach (var (client, batch) in new[] { (alpha, mixed), (beta, whole), (alpha, lost) })
            await client.WaitFinishedAsync(batch.Str("id"));
        var alphaId = await TenantIdAsync("work-alpha");
        var betaId = await TenantIdAsync("work-beta");

        var alphaItems = await ListAsync(alphaId);
        alphaItems.Select(w => w.Id).ShouldBe([lost.Str("id"), mixed.Str("id")]);
        alphaItems.ShouldAllBe(w => w.TenantId == alphaId && w.Module == "Fortune" && w.Kind == "batch");

        var all = await ListAsync(null);
        all.Select(w => w.Id).ShouldBe([lost.Str("id"), whole.Str("id"), mixed.Str("id")]);
        all.Select(w => w.TenantId).ShouldBe([alphaId, betaId, alphaId]);
        all.ShouldBeInOrder(SortDirection.Descending, Comparer<WorkItemView>.Create((a, b) => a.CreatedAt.CompareTo(b.CreatedAt)));

        var (l, w, m) = (all[0], all[1], all[2]);
        (l.State, l.Finished, l.Done, l.Failed, l.Total, l.Progress).ShouldBe(("failed", true, 0, 1, 1, 1.0));
        (w.State, w.Finished, w.Done, w.Failed, w.Total, w.Progress).ShouldBe(("completed", true, 2, 0, 2, 1.0));
        (m.State, m.Finished, m.Done, m.Failed, m.Total, m.Progress).ShouldBe(("completed", true, 1, 1, 2, 1.0));
        all.ShouldAllBe(x => x.CreatedAt.Kind == DateTimeKind.Utc && x.CompletedAt >= x.CreatedAt);

        (await ListAsync(null, take: 2)).Select(x => x.Id).ShouldBe([lost.Str("id"), whole.Str("id")]);
        (await ListAsync(betaId)).Select(x => x.Id).ShouldBe([whole.Str("id")]);
    }

    [Fact]
    public async Task Inside_a_tenant_the_console_list_refuses_other_tenants_and_all_tenants()
    {
        await _host.EnterpriseClientAsync("work-gamma");
        var gamma = await TenantIdAsync("work-gamma");

        await _host.InScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ICurrentTenant>().Change(gamma);
            var work = sp.GetRequiredService<WorkItems>();
            (await work.ListRecentAsync(gamma, 10, CancellationToken.None)).ShouldBeEmpty();
            await Should.ThrowAsync<UnauthorizedAccessException>(() => work.ListRecentAsync(null, 10, CancellationToken.None));
            await Should.ThrowAsync<UnauthorizedAccessException>(() => work.ListRecentAsync(Guid.NewGuid(), 10, CancellationToken.None));
            return 0;
        });
    }

    private Task<IReadOnlyList<WorkItemView>> ListAsync(Guid? tenantId, int take = 50) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<WorkItems>().ListRecentAsync(tenantId, take, CancellationToken.None));

    private Task<Guid> TenantIdAsync(string name) =>
        _host.InScopeAsync(async sp => (await sp.GetRequiredService<TenantManager>().GetByNameAsync(name)).Id);
}
