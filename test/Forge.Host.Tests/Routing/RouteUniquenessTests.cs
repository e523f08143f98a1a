using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Health;
using Forge.Hosting.Modularity;
using Forge.TestModules.Notes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Routing;

/// <summary>No two endpoints of the platform and every loadable module answer the same method on the same route.</summary>
public sealed class RouteUniquenessTests
{
    /// <summary>Test modules that cannot load by design (their tests prove the refusal).</summary>
    private static readonly string[] Unloadable = ["CycleA", "CycleB", "Orphan", "FailingStart"];

    /// <summary>Stands in for a module owning <c>/health*</c>, which NotionForge really does (ADR 25, 42).</summary>
    private const string HealthOwner = "HealthOwner";

    [Fact]
    public async Task No_method_and_route_is_mapped_twice_across_the_platform_and_all_modules()
    {
        var testModules = typeof(NotesModule).Assembly.GetExportedTypes()
            .Where(t => typeof(ForgeModule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(ForgeModule.NameOf)
            .Except([.. Unloadable, HealthOwner])
            .ToList();
        var builtIn = Modules.ModuleCatalog.BuiltIn.Select(ForgeModule.NameOf).ToList();
        await using var host = await TestHost.StartAsync(builtIn.Concat(testModules));
        host.Services.GetRequiredService<IReadOnlyList<ForgeModule>>().Count.ShouldBe(builtIn.Count + testModules.Count);

        // The console's pages, the API documents and the job dashboard join the route table on their first request
        // (ADR 46, 78): make one of each, so they are checked too.
        (await host.Client.GetAsync("/console/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Client.GetAsync("/openapi/platform.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Client.GetAsync("/jobs")).StatusCode.ShouldNotBe(HttpStatusCode.NotFound);
        var endpoints = host.Services.GetServices<EndpointDataSource>().ToList();
        endpoints.SelectMany(s => s.Endpoints).Count().ShouldBeGreaterThan(50);
        endpoints.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ShouldContain(e => (e.RoutePattern.RawText ?? "").TrimStart('/') == "console/login");
        endpoints.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ShouldContain(e => (e.RoutePattern.RawText ?? "").StartsWith("/scalar"));
        EndpointClashes.Find(endpoints).ShouldBeEmpty();
    }

    [Fact]
    public void The_clash_finder_reports_a_duplicate_even_under_other_parameter_names()
    {
        var source = new DefaultEndpointDataSource(
            Endpoint("/v1/things/{id}", "GET"),
            Endpoint("/v1/things/{thing_id}", "GET", "POST"),
            Endpoint("/v1/things/{id}", "DELETE"),
            Endpoint("/v1/things/{id:guid}", "GET"));

        EndpointClashes.Find([source]).ShouldHaveSingleItem().ShouldStartWith("GET /v1/things/{}");
    }

    [Fact]
    public async Task A_module_owns_the_health_routes_while_the_platform_probes_answer_under_its_own_prefix()
    {
        await using var host = await TestHost.StartAsync(["HealthOwner"]);

        (await host.Client.GetFromJsonAsync<JsonElement>("/health/live")).GetProperty("owner").GetString().ShouldBe("HealthOwner");
        (await host.Client.GetFromJsonAsync<JsonElement>("/health/ready")).GetProperty("ready").GetBoolean().ShouldBeTrue();
        (await host.Client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("status").GetString().ShouldBe("ok");
        (await host.Client.GetStringAsync(PlatformProbes.LivePath)).ShouldBe("Healthy");
        (await host.Client.GetStringAsync(PlatformProbes.ReadyPath)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Without_a_module_owning_them_the_old_probe_routes_are_gone()
    {
        var withoutHealthOwner = Modules.ModuleCatalog.BuiltIn.Where(m => m != typeof(NotionForge.NotionForgeModule)).Select(ForgeModule.NameOf);
        await using var host = await TestHost.StartAsync(withoutHealthOwner);
        (await host.Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.Client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static RouteEndpoint Endpoint(string pattern, params string[] methods) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(new HttpMethodMetadata(methods)), pattern);
}
