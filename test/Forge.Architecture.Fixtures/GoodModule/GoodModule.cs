using Forge.Hosting.Modularity;
using Forge.GoodModule.HttpApi;
using Microsoft.AspNetCore.Routing;

namespace Forge.GoodModule;

/// <summary>A correctly layered module: every rule must pass for it.</summary>
public sealed class GoodModule : ForgeModule
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => InvoiceEndpoints.Map(endpoints);
}
