using System.Net;
using Forge.Hosting.Identity;
using Forge.TestModules.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Modules' start-up, shutdown and pipeline hooks through the real host.</summary>
public sealed class ModuleHookTests
{
    [Fact]
    public async Task Start_up_hooks_run_in_dependency_order_before_serving_and_shutdown_hooks_in_reverse()
    {
        await using var host = await TestHost.StartAsync(["AuditTrail", "Notes"]);
        var trace = host.Services.GetRequiredService<ModuleTrace>();
        trace.Initialized.ShouldBe(["Notes", "AuditTrail"]);
        trace.ShutDown.ShouldBeEmpty();

        await host.App.StopAsync();

        trace.ShutDown.ShouldBe(["AuditTrail", "Notes"]);
        trace.Initialized.ShouldBe(["Notes", "AuditTrail"]);
    }

    [Fact]
    public async Task A_module_switched_off_gets_no_hook_and_no_middleware()
    {
        await using var host = await TestHost.StartAsync(["Notes"]);
        var tenant = await host.CreateTenantAsync("hooks-off");
        var fortune = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        var response = await fortune.GetAsync("/test/notes");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues(ModuleHookMarks.PipelineHeader).ShouldBe(["Notes"]);

        await host.App.StopAsync();
        var trace = host.Services.GetRequiredService<ModuleTrace>();
        trace.Initialized.ShouldBe(["Notes"]);
        trace.ShutDown.ShouldBe(["Notes"]);
    }

    [Fact]
    public async Task Module_middleware_runs_in_dependency_order_after_tenant_resolution()
    {
        await using var host = await TestHost.StartAsync(["AuditTrail", "Notes"]);
        var tenant = await host.CreateTenantAsync("hooks-pipeline");
        var fortune = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        var response = await fortune.GetAsync("/test/notes");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues(ModuleHookMarks.PipelineHeader).ShouldBe(["Notes", "AuditTrail"]);
        response.Headers.GetValues(ModuleHookMarks.TenantHeader).Single().ShouldBe(tenant.Id.ToString());
    }

    [Fact]
    public async Task A_failing_start_up_hook_stops_start_up()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(() => TestHost.StartAsync(["FailingStart"]));
        error.Message.ShouldContain("FailingStart cannot start");
    }
}
