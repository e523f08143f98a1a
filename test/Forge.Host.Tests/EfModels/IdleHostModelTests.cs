using System.Net;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Host.BackgroundJobs;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forge.Host.Tests.EfModels;

/// <summary>
/// An idle host builds no module's EF model (ADR 67): its start-up migration check and its job outbox polls ask
/// over plain connections, so a module's context is first built by the first request (or job) that needs it.
/// </summary>
[ProviderSensitive]
public sealed class IdleHostModelTests
{
    private static readonly Type[] Modules = [typeof(FortuneDbContext), typeof(AnalysisDbContext), typeof(NotionForgeDbContext)];

    [Fact]
    public async Task An_idle_host_builds_no_module_context_and_the_first_request_to_a_module_still_works()
    {
        ContextCreations creations = null!;
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Jobs:OutboxPollSeconds"] = "0.1" },
            configure: builder => creations = ContextCreations.AddTo(builder));
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<JobOutboxDispatcher>().Single();

        // Several polls of every outbox, and the readiness check, which asks the database.
        await Eventually.GetAsync(() => Task.FromResult(dispatcher.Passes), p => p >= 5, TimeSpan.FromSeconds(30), "five outbox polls");
        (await host.Client.GetAsync("/_forge/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.GetAsync(() => Task.FromResult(dispatcher.Passes), p => p >= 7, TimeSpan.FromSeconds(30), "two more outbox polls");
        foreach (var module in Modules)
            creations.Of(module).ShouldBe(0, $"an idle host built {module.Name}");

        var tenant = await host.CreateTenantAsync("lazy");
        using var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, "fortune"));
        using var response = await client.GetAsync("/v1/fortunes?limit=20");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        creations.Of<FortuneDbContext>().ShouldBeGreaterThan(0);
    }
}
