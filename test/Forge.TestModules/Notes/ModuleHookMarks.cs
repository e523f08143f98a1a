using Forge.Hosting.Modularity;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestModules.Notes;

/// <summary>How the test modules leave evidence of their lifecycle and pipeline hooks.</summary>
public static class ModuleHookMarks
{
    /// <summary>Response header listing, in order, the modules whose middleware the request passed.</summary>
    public const string PipelineHeader = "X-Module-Pipeline";

    /// <summary>Response header with the tenant the module middleware saw (empty for none).</summary>
    public const string TenantHeader = "X-Module-Tenant";

    public static void AddPipelineMark(this IApplicationBuilder app, string module) =>
        app.Use(async (context, next) =>
        {
            context.Response.Headers.Append(PipelineHeader, module);
            context.Response.Headers[TenantHeader] = context.RequestServices.GetRequiredService<ICurrentTenant>().Id?.ToString() ?? "";
            await next(context);
        });

    public static Task RecordInitialized(this ApplicationLifecycleContext context, string module)
    {
        context.Services.GetRequiredService<ModuleTrace>().Initialized.Add(module);
        return Task.CompletedTask;
    }

    public static Task RecordShutDown(this ApplicationLifecycleContext context, string module)
    {
        context.Services.GetRequiredService<ModuleTrace>().ShutDown.Add(module);
        return Task.CompletedTask;
    }
}
