using System.Net;
using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Forge.TestModules.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>The module mechanism through the real host: plug-in discovery, order, and refusals.</summary>
[ProviderSensitive]
public sealed class ModuleLoadingTests
{
    [Fact]
    public async Task Modules_with_dependencies_load_and_configure_in_order()
    {
        await using var host = await TestHost.StartAsync(["AuditTrail", "Notes"]);

        host.Services.GetRequiredService<IReadOnlyList<ForgeModule>>().Select(m => m.Name).ShouldBe(["Notes", "AuditTrail"]);
        host.Services.GetRequiredService<ModuleTrace>().Configured.ShouldBe(["Notes", "AuditTrail"]);

        var tenant = await host.CreateTenantAsync("mods");
        var analysis = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Analysis));
        (await analysis.GetAsync("/test/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_module_left_out_of_the_configuration_contributes_no_routes()
    {
        await using var host = await TestHost.StartAsync(["Notes"]);
        var tenant = await host.CreateTenantAsync("partial");
        var analysis = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Analysis));
        var fortune = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        (await analysis.GetAsync("/test/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fortune.GetAsync("/test/notes")).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Services.GetRequiredService<IReadOnlyList<ForgeModule>>().Select(m => m.Name).ShouldBe(["Notes"]);
    }

    [Fact]
    public async Task A_dependency_cycle_stops_start_up_naming_the_modules()
    {
        var error = await Should.ThrowAsync<ModuleLoadException>(() => TestHost.StartAsync(["CycleA", "CycleB"]));
        error.Message.ShouldContain("cycle");
        error.Message.ShouldContain("CycleA");
        error.Message.ShouldContain("CycleB");
    }

    [Fact]
    public async Task A_missing_dependency_stops_start_up_naming_both_modules()
    {
        var error = await Should.ThrowAsync<ModuleLoadException>(() => TestHost.StartAsync(["Orphan"]));
        error.Message.ShouldContain("'Orphan' depends on 'AuditTrail'");
    }

    [Fact]
    public async Task An_unknown_module_name_stops_start_up()
    {
        var error = await Should.ThrowAsync<ModuleLoadException>(() => TestHost.StartAsync(["Notes", "Nonexistent"]));
        error.Message.ShouldContain("Nonexistent");
    }

    [Fact]
    public async Task A_products_route_refuses_another_products_key_with_401()
    {
        await using var host = await TestHost.StartAsync(["Notes"]);
        var tenant = await host.CreateTenantAsync("wrong-product");
        var analysis = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Analysis));

        var response = await analysis.GetAsync("/test/notes");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("fortune API needs its own key");
    }
}
