using System.Net;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Host.BackgroundJobs;
using Forge.Host.Caching;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forge.Host.Tests.EfModels;

/// <summary>
/// An idle host builds no module's EF model (ADR 67): its start-up migration check and its job outbox polls ask
/// over plain connections, so a module's context is first built by the first request (or job) that needs it.
/// Nor the platform's (ADR 77): the change-version poll, the lease sweep and every recurring job ask first too.
/// </summary>
[ProviderSensitive]
public sealed class IdleHostModelTests
{
    private static readonly Type[] Modules = [typeof(FortuneDbContext), typeof(AnalysisDbContext), typeof(NotionForgeDbContext)];

    [Fact]
    public async Task An_idle_host_builds_no_module_context_and_the_first_request_to_a_module_still_works()
    {
        var (host, creations) = await StartObservedAsync();
        await using var _ = host;
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<JobOutboxDispatcher>().Single();

        // Several polls of every outbox, and the readiness check, which asks the database.
        await Eventually.GetAsync(() => Task.FromResult(dispatcher.Passes), p => p >= 5, TimeSpan.FromSeconds(30), "five outbox polls");
        (await host.Client.GetAsync("/_forge/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.GetAsync(() => Task.FromResult(dispatcher.Passes), p => p >= 7, TimeSpan.FromSeconds(30), "two more outbox polls");
        // Used, not resolved: a recurring job that fires meanwhile (they are clock-aligned) resolves its handler and with
        // it the module's context, and finds nothing to do without using it (ADR 77).
        foreach (var module in Modules)
            creations.UsedOf(module).ShouldBe(0, $"an idle host used {module.Name}");

        var tenant = await host.CreateTenantAsync("lazy");
        using var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, "fortune"));
        using var response = await client.GetAsync("/v1/fortunes?limit=20");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        creations.UsedOf<FortuneDbContext>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_idle_hosts_own_periodic_work_builds_no_context_at_all()
    {
        var (host, creations) = await StartObservedAsync();
        await using var _ = host;
        var listener = host.Services.GetServices<IHostedService>().OfType<PlatformChangeListener>().Single();
        var sweeper = host.Services.GetServices<IHostedService>().OfType<JobLeaseSweeper>().Single();

        await Eventually.GetAsync(() => Task.FromResult(listener.Reads), r => r >= 3, TimeSpan.FromSeconds(30), "three change-version reads");
        await sweeper.SweepAsync(CancellationToken.None);
        // Every recurring job of every module, as the scheduler runs them (a scope each); the tests' settings switch
        // some of them off or slow them down, so they are run here rather than waited for.
        var recurring = host.Services.GetServices<RecurringJobType>().ToList();
        recurring.Count.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var job in recurring)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await ((IRecurringJob)scope.ServiceProvider.GetRequiredService(job.HandlerType)).ExecuteAsync(CancellationToken.None);
        }
        (await host.Client.GetAsync("/_forge/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        creations.UsedOf<DbContext>().ShouldBe(0, $"an idle host's own checks and sweeps used {creations.Used}");
        // Nor even constructed one: a context resolved and never used still builds EF's internal service provider (ADR 79).
        creations.Of<DbContext>().ShouldBe(0, "an idle host's own checks and sweeps constructed a context");

        // The probe sees a context that is used (or the assertion above could not fail).
        var tenant = await host.CreateTenantAsync("used");
        creations.UsedOf<DbContext>().ShouldBeGreaterThan(0);
    }

    /// <summary>A host that polls its outboxes every 0.1 s, with its contexts counted.</summary>
    private static async Task<(TestHost Host, ContextCreations Creations)> StartObservedAsync()
    {
        ContextCreations creations = null!;
        var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Jobs:OutboxPollSeconds"] = "0.1" },
            configure: builder => creations = ContextCreations.AddTo(builder));
        return (host, creations);
    }
}
