using Forge.Hosting.Connections;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.OAuth;
using Forge.NotionForge.Application.Workspace;
using Forge.NotionForge.HttpApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge;

public static class NotionForgeWorkspaceRegistration
{
    /// <summary>OAuth, the workspace actions, the request quota and the console's connection view (ADR 54).</summary>
    public static IServiceCollection AddNotionForgeWorkspace(this IServiceCollection services)
    {
        services.AddOptions<NotionOAuthOptions>().BindConfiguration(NotionOAuthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotionOAuthOptions>, NotionOAuthOptionsValidator>());
        services.AddOptions<NotionForgeRateLimitOptions>().BindConfiguration(NotionForgeRateLimitOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotionForgeRateLimitOptions>, NotionForgeRateLimitOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<NotionOAuthFlow>();
        services.AddScoped<WorkspaceActions>();
        services.AddScoped<ITenantConnectionSource, NotionConnectionSource>();
        return services;
    }
}
