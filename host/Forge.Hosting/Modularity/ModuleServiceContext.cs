using Forge.Hosting.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Modularity;

/// <summary>What a module gets when it registers its services.</summary>
public sealed class ModuleServiceContext(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>Declares a feature (ABP's FeatureDefinitionProvider in one call).</summary>
    public ModuleServiceContext AddFeature(FeatureDefinition feature)
    {
        Services.AddSingleton(feature);
        return this;
    }
}
