using System.Net;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Several hosts on one database meter into the same daily aggregates.</summary>
[ProviderSensitive]
public sealed class UsageTwoHostsTests
{
    [Fact]
    public async Task Two_hosts_creating_the_same_daily_aggregate_at_once_lose_no_calls()
    {
        await using var a = await TestHost.StartAsync();
        await using var b = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = a.Database.Provider,
            ["ConnectionStrings:Default"] = a.Database.ConnectionString,
            ["Forge:DataDirectory"] = a.Database.DataDirectory,
        });
        const int tenants = 8, perHost = 4;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = new List<Guid>();
        for (var t = 0; t < tenants; t++)
        {
            // A new tenant each time: both hosts' first batches race to create its aggregate row.
            var tenant = await a.CreateTenantAsync($"tenant-{t}");
            ids.Add(tenant.Id);
            var key = await a.CreateKeyAsync(tenant, Products.Fortune);
            var calls = new[] { a.ClientWithKey(key), b.ClientWithKey(key) }
                .SelectMany(c => Enumerable.Range(0, perHost).Select(_ => c.GetAsync("/api/platform/whoami")));
            (await Task.WhenAll(calls)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        }

        foreach (var id in ids)
        {
            var metered = await Eventually.GetAsync(
                async () => (await a.InScopeAsync(sp => sp.GetRequiredService<IUsageQuery>().GetDailyAsync(id, null, today, DateOnly.FromDateTime(DateTime.UtcNow)))).Sum(x => x.Calls),
                n => n >= 2 * perHost, TimeSpan.FromSeconds(10), $"all calls of tenant {id} metered");
            metered.ShouldBe(2 * perHost);
        }
    }
}
