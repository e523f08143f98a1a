using Forge.NotionForge.Application.Documents;
using Forge.NotionForge.Application.Modify;
using Forge.NotionForge.Application.Skills;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>Recipes, skills, preview, modify and document-to-notion (ADR 52).</summary>
    public static IServiceCollection AddNotionForgeCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>());
        services.AddScoped<CustomSkills>();
        services.AddScoped<GenerationWait>();
        services.AddScoped<Recipes>();
        services.AddScoped<TemplatePreview>();
        services.AddScoped<DocumentToNotion>();
        services.AddScoped<TemplateModifier>();
        return services;
    }
}
