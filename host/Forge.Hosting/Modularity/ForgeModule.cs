using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.Modularity;

/// <summary>
/// A unit of the modular monolith (ABP's <c>AbpModule</c>). For every loaded module, in dependency order,
/// the host calls <see cref="ConfigureServices"/>; then, once the application is built,
/// <see cref="ConfigurePipeline"/> and <see cref="MapEndpoints"/>; then, before the server accepts its first
/// request, <see cref="OnApplicationInitializationAsync"/>. On a graceful stop, after the server has stopped
/// taking requests, <see cref="OnApplicationShutdownAsync"/> runs in reverse dependency order. A module
/// switched off in configuration is never instantiated, so none of its hooks run.
/// </summary>
public abstract class ForgeModule
{
    /// <summary>Name used in <c>Forge:Modules</c>: the class name without the "Module" suffix.</summary>
    public string Name => NameOf(GetType());

    public virtual void ConfigureServices(ModuleServiceContext context) { }

    /// <summary>
    /// Adds middleware at the platform's one module slot: after authentication, rate limiting, tenant
    /// resolution and authorization (so <c>ICurrentTenant</c> and the endpoint are known), before the
    /// endpoint runs. Middleware sees every request, not only the module's own routes: filter by path or
    /// endpoint metadata. Modules' middleware runs in dependency order.
    /// </summary>
    public virtual void ConfigurePipeline(IApplicationBuilder app) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Start-up work that needs the built services (databases are migrated by then). A throw stops start-up.</summary>
    public virtual Task OnApplicationInitializationAsync(ApplicationLifecycleContext context) => Task.CompletedTask;

    /// <summary>Graceful-stop work (flush, release); the token fires when the host's shutdown timeout runs out.</summary>
    public virtual Task OnApplicationShutdownAsync(ApplicationLifecycleContext context) => Task.CompletedTask;

    public static string NameOf(Type moduleType) =>
        moduleType.Name.EndsWith("Module", StringComparison.Ordinal) && moduleType.Name.Length > "Module".Length
            ? moduleType.Name[..^"Module".Length]
            : moduleType.Name;
}
