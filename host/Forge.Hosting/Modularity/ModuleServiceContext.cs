using Forge.Hosting.Errors;
using Forge.Hosting.Features;
using Forge.Hosting.ProductApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Hosting.Modularity;

/// <summary>What a module gets when it registers its services.</summary>
public sealed class ModuleServiceContext(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>
    /// Declares the module's product API (ADR 17): its key shape and headers, OAuth scope, error
    /// writer and wire conventions. The platform issues and recognises keys from it.
    /// </summary>
    public ModuleServiceContext AddProduct(ProductDefinition product)
    {
        Services.AddSingleton(product);
        if (product.ErrorWriter is { } writer)
        {
            if (!typeof(IProductErrorWriter).IsAssignableFrom(writer))
                throw new ArgumentException($"{writer.Name} is not an {nameof(IProductErrorWriter)}.", nameof(product));
            Services.AddSingleton(typeof(IProductErrorWriter), writer);
        }
        return this;
    }

    /// <summary>Declares a feature (ABP's FeatureDefinitionProvider in one call).</summary>
    public ModuleServiceContext AddFeature(FeatureDefinition feature)
    {
        Services.AddSingleton(feature);
        return this;
    }

    /// <summary>
    /// The module's settings under <paramref name="section"/>: bound, validated at start with messages naming the
    /// key, injected as <see cref="IOptions{T}"/> (ADR 33). Chain <c>.Validate(...)</c> for rules annotations cannot say.
    /// </summary>
    public OptionsBuilder<T> AddOptions<T>(string section) where T : class => Services.AddForgeOptions<T>(section);

    /// <summary>The same settings, read and validated now, for a decision taken while services are registered.</summary>
    public T ReadOptions<T>(string section) where T : class, new() => Configuration.ReadForgeOptions<T>(section);
}
