using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forge.Analysis.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>The document-to-text layer: <see cref="DocumentOptions"/> (validated at start) and <see cref="DocumentTextExtractor"/>.</summary>
    public static IServiceCollection AddAnalysisDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentTextExtractor>();
        return services;
    }
}
