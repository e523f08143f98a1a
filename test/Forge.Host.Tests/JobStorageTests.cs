using System.Net.Http.Json;
using Forge.Hosting.Identity;
using Forge.TestModules.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Jobs on Hangfire's shared PostgreSQL storage, the set-up for several hosts.</summary>
[ProviderSensitive]
public sealed class JobStorageTests
{
    [Fact]
    public async Task Jobs_run_on_postgresql_storage()
    {
        if (!TestDatabase.IsPostgreSql) return; // this storage needs the PostgreSQL run's server
        await using var host = await TestHost.StartAsync(["Notes"], new Dictionary<string, string?> { ["Forge:Jobs:Storage"] = "PostgreSql" });
        var tenant = await host.CreateTenantAsync("pg-jobs");
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));
        var key = $"pg-{Guid.NewGuid():N}";

        (await client.PostAsJsonAsync("/test/notes/jobs", new { key, delay_ms = 0 })).EnsureSuccessStatusCode();

        var effect = await Eventually.GetAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key)),
            e => e is not null, what: "the job on PostgreSQL storage");
        effect!.RanAsTenant.ShouldBe(tenant.Id);
        (await host.Client.GetStringAsync(Forge.Host.Health.PlatformProbes.ReadyPath)).ShouldBe("Healthy");
    }
}
