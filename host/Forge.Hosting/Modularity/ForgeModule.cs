using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.Modularity;

/// <summary>
/// A unit of the modular monolith (ABP's <c>AbpModule</c>). The host calls
/// <see cref="ConfigureServices"/> for every loaded module in dependency order, then
/// <see cref="MapEndpoints"/> in the same order.
/// </summary>
public abstract class ForgeModule
{
    /// <summary>Name used in <c>Forge:Modules</c>: the class name without the "Module" suffix.</summary>
    public string Name => NameOf(GetType());

    public virtual void ConfigureServices(ModuleServiceContext context) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    public static string NameOf(Type moduleType) =>
        moduleType.Name.EndsWith("Module", StringComparison.Ordinal) && moduleType.Name.Length > "Module".Length
            ? moduleType.Name[..^"Module".Length]
            : moduleType.Name;
}
