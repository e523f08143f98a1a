using System.Net.Http.Json;
using Forge.Host.ApiKeys;
using Forge.Host.BackgroundJobs;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.TestModules.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Host.Tests;

/// <summary>
/// A job accepted by a host that is then killed (SIGKILL, in-memory Hangfire storage, so the
/// queue dies with it) runs exactly once after the restart, rebuilt from the job's record.
/// </summary>
[ProviderSensitive]
public sealed class JobCrashRecoveryTests
{
    [Fact]
    public async Task A_job_enqueued_before_a_crash_completes_exactly_once_after_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:PlugIns"] = TestHost.TestModulesAssembly,
            ["Forge:Modules"] = "Notes",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
        };

        // The job is due in an hour, so the first host cannot have started it when it is killed, however slow
        // or fast the machine is; the test then makes it due itself (its gate), with no host running.
        await using var first = await HostProcess.StartAsync(settings);
        var key = await CreateFortuneKeyAsync(settings);
        var effectKey = $"crash-{Guid.NewGuid():N}";
        using (var client = new HttpClient { BaseAddress = first.BaseAddress })
        {
            client.DefaultRequestHeaders.Add("X-API-Key", key);
            (await client.PostAsJsonAsync("/test/notes/jobs", new { key = effectKey, delayMs = 3_600_000 })).EnsureSuccessStatusCode();
        }
        await first.KillAsync();

        await using var services = await OfflineServicesAsync(settings);
        (await JobStateAsync(services)).ShouldBe(BackgroundJobState.Pending);
        (await EffectCountAsync(services, effectKey)).ShouldBe(0);
        await services.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().BackgroundJobs
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.NotBefore, DateTime.UtcNow)));

        await using var second = await HostProcess.StartAsync(settings);
        await Eventually.GetAsync(() => JobStateAsync(services), s => s == BackgroundJobState.Succeeded, TimeSpan.FromSeconds(60), "the recovered job to succeed");

        (await EffectCountAsync(services, effectKey)).ShouldBe(1);
        var job = await services.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().BackgroundJobs.AsNoTracking().SingleAsync());
        job.Attempts.ShouldBe(1); // it ran once: not once per host
    }

    private static async Task<string> CreateFortuneKeyAsync(IDictionary<string, string?> settings)
    {
        await using var services = await OfflineServicesAsync(settings);
        return await services.InScopeAsync(async sp =>
        {
            var tenant = await sp.GetRequiredService<TenantManager>().CreateAsync("crash-co", Editions.Enterprise);
            return (await sp.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, Products.Fortune, null)).Plaintext;
        });
    }

    /// <summary>The host's services on the same database, without serving or running jobs.</summary>
    private static Task<OfflineServices> OfflineServicesAsync(IDictionary<string, string?> settings) =>
        Task.FromResult(new OfflineServices(ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        })));

    private static Task<BackgroundJobState> JobStateAsync(OfflineServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().BackgroundJobs.AsNoTracking().Select(j => j.State).SingleAsync());

    private static Task<int> EffectCountAsync(OfflineServices services, string key) =>
        services.InScopeAsync(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking().CountAsync(e => e.Key == key));

    private sealed class OfflineServices(Microsoft.AspNetCore.Builder.WebApplication app) : IAsyncDisposable
    {
        public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
