using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Tests.Api;
using Forge.Host.Tenants;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>
/// Fortune's contexts are pooled (ADR 35): one context instance serves request after request. Its tenant filter must
/// read the tenant of the request using it, never the one it was first built under.
/// </summary>
[ProviderSensitive]
public sealed class PooledContextTenantTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>
{
    [Fact]
    public async Task A_context_returned_to_the_pool_and_reused_under_another_tenant_sees_only_that_tenants_rows()
    {
        var host = fixture.Host;
        var suffix = fixture.NewSuffix();
        var a = await host.EnterpriseClientAsync("pool-a" + suffix);
        var b = await host.EnterpriseClientAsync("pool-b" + suffix);
        var aProfile = (await a.CreateProfileAsync()).Str("id");
        var bProfile = (await b.CreateProfileAsync()).Str("id");
        var tenantA = await TenantIdAsync(host, "pool-a" + suffix);
        var tenantB = await TenantIdAsync(host, "pool-b" + suffix);

        // One instance, used under one tenant and then another (what a pooled context lives through): the filter follows.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FortuneDbContext>();
            (await ProfilesAsync(scope.ServiceProvider, db, tenantA)).ShouldBe([aProfile]);
            (await ProfilesAsync(scope.ServiceProvider, db, tenantB)).ShouldBe([bProfile]);
            (await ProfilesAsync(scope.ServiceProvider, db, null)).ShouldBeEmpty();
        }

        // Leases through the pool, whichever instance each gets: each sees its tenant's rows, including rows committed
        // by another request after the instance went back to the pool.
        var laterProfile = (await a.CreateProfileAsync()).Str("id");
        foreach (var (tenant, expected) in new[] { (tenantB, new[] { bProfile }), (tenantA, new[] { aProfile, laterProfile }), (tenantB, new[] { bProfile }) })
        {
            await using var scope = host.Services.CreateAsyncScope();
            (await ProfilesAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<FortuneDbContext>(), tenant))
                .ShouldBe(expected, ignoreOrder: true);
        }
    }

    private static async Task<string[]> ProfilesAsync(IServiceProvider services, FortuneDbContext db, Guid? tenant)
    {
        using var _ = services.GetRequiredService<ICurrentTenant>().Change(tenant);
        return await db.Profiles.Select(p => p.Id).ToArrayAsync();
    }

    private static Task<Guid> TenantIdAsync(TestHost host, string name) =>
        host.InScopeAsync(async sp => (await sp.GetRequiredService<TenantManager>().GetByNameAsync(name)).Id);
}
