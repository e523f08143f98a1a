using Forge.Hosting.Data;
using Forge.Hosting.Modularity;
using Forge.NotionForge.Application.Catalog;
using Forge.NotionForge.Application.Ai;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Application.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.HttpApi;
using Forge.NotionForge.HttpApi.OpenApi;
using Forge.NotionForge.Notion;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forge.NotionForge;

/// <summary>
/// NotionForge: AI generation of Notion templates (issue 11; seed 004; ADR 41, 42, 44, 50–54). Each area registers
/// itself in one line here and maps its routes in <see cref="NotionForgeEndpoints"/>.
/// </summary>
public sealed class NotionForgeModule : ForgeModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddProduct(NotionForgeProduct.Definition);
        NotionForgeApiDocument.Register(context.Services); // /openapi/notionforge.json (ADR 29)
        context.Services.AddForgeDbContext<NotionForgeDbContext, SqliteNotionForgeDbContext, PostgreSqlNotionForgeDbContext, SqlServerNotionForgeDbContext>(
            context.Configuration, NotionForgeDbContext.ConnectionName);
        context.Services.AddNotionClient();
        context.Services.AddScoped<NotionCredentials>();
        context.Services.TryAddSingleton<IBlueprintPlanner, BuiltInBlueprintPlanner>();
        context.Services.AddNotionForgeTasks();
        context.Services.AddNotionForgeWorkspace();
        context.Services.AddNotionForgeCatalog();
        context.AddNotionForgeAi(); // provider planner, detect-provider, chat and generate (ADR 53)
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => NotionForgeEndpoints.Map(endpoints);
}
