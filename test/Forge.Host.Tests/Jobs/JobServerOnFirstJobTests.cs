using System.Net.Http.Json;
using Forge.Host.Platform;
using Forge.Hosting.Identity;
using Forge.TestModules.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Jobs;

/// <summary>
/// With in-memory storage a host starts Hangfire's server with its first job (ADR 82): until then none runs, the
/// host is ready, and the console says why; the first job starts it and runs.
/// </summary>
public sealed class JobServerOnFirstJobTests
{
    [Fact]
    public async Task No_server_runs_until_the_first_job_which_then_runs()
    {
        await using var host = await TestHost.StartAsync(["Notes"]);
        var reader = host.Services.GetRequiredService<SystemStatusReader>();
        var storage = host.Services.GetRequiredService<JobStorage>();

        (await host.Client.GetStringAsync(Forge.Host.Health.PlatformProbes.ReadyPath)).ShouldBe("Healthy");
        reader.Read().Jobs.ShouldBe(new JobServerStatus("InMemory", Running: false, Servers: 0, Workers: 0, WaitingForFirstJob: true));
        storage.GetMonitoringApi().Servers().ShouldBeEmpty();

        var tenant = await host.CreateTenantAsync("first-job");
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));
        var key = $"first-{Guid.NewGuid():N}";
        (await client.PostAsJsonAsync("/test/notes/jobs", new { key, delay_ms = 0 })).EnsureSuccessStatusCode();

        var effect = await Eventually.GetAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key)),
            e => e is not null, what: "the first job");
        effect!.RanAsTenant.ShouldBe(tenant.Id);
        var jobs = await Eventually.GetAsync(() => Task.FromResult(reader.Read().Jobs), j => j.Running, what: "the server's first heartbeat");
        jobs.WaitingForFirstJob.ShouldBeFalse();
        jobs.Servers.ShouldBe(1);
        jobs.Workers.ShouldBeGreaterThan(0);
        (await host.Client.GetStringAsync(Forge.Host.Health.PlatformProbes.ReadyPath)).ShouldBe("Healthy");
    }
}
