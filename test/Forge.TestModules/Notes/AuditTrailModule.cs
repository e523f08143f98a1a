using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.TestModules.Notes;

/// <summary>Depends on Notes: it must be configured after it (it appends to Notes' trace).</summary>
[DependsOn(typeof(NotesModule))]
public sealed class AuditTrailModule : ForgeModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        ModuleTraceExtensions.RecordConfigured(context.Services, Name);

    public override void ConfigurePipeline(IApplicationBuilder app) => app.AddPipelineMark(Name);

    public override Task OnApplicationInitializationAsync(ApplicationLifecycleContext context) =>
        context.RecordInitialized(Name);

    public override Task OnApplicationShutdownAsync(ApplicationLifecycleContext context) =>
        context.RecordShutDown(Name);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapProductApi("analysis", "/test/audit").MapGet("/", () => TypedResults.Ok(new { audit = true }));
}

[DependsOn(typeof(CycleBModule))]
public sealed class CycleAModule : ForgeModule;

[DependsOn(typeof(CycleAModule))]
public sealed class CycleBModule : ForgeModule;

/// <summary>Depends on a module that is never enabled in the tests that load it.</summary>
[DependsOn(typeof(AuditTrailModule))]
public sealed class OrphanModule : ForgeModule;
