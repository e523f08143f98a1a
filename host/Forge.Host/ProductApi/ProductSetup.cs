using Forge.Hosting.Modularity;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;
using Microsoft.Extensions.Options;

namespace Forge.Host.ProductApi;

public static class ProductSetup
{
    /// <summary>The product catalog (ADR 17), built from modules' declarations and <c>Forge:Products</c>, checked at start.</summary>
    public static IServiceCollection AddForgeProducts(this IServiceCollection services)
    {
        services.AddOptions<ProductCatalogOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(ProductCatalogOptions.Section).Bind(o.Products))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProductCatalogOptions>, ProductCatalogValidator>();
        services.AddSingleton<IProductCatalog, ProductCatalog>();
        services.AddScoped<KeysetCursors>(); // every product's list cursors (ADR 33)
        // Builds the catalog during start-up so a conflicting declaration stops the host, not its first request.
        services.AddOptions<ProductCatalogCheck>().Configure<IProductCatalog>((check, catalog) => check.Products = catalog.All.Count).ValidateOnStart();
        return services;
    }

    private sealed class ProductCatalogCheck
    {
        public int Products { get; set; }
    }
}

/// <summary>Each <c>Forge:Products:&lt;name&gt;</c> entry checked on its own, so a failed start names the entry and the key (ADR 33).</summary>
internal sealed class ProductCatalogValidator : IValidateOptions<ProductCatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, ProductCatalogOptions options)
    {
        var problems = options.Products.SelectMany(p => SectionValidation.Problems(p.Value, $"{ProductCatalogOptions.Section}:{p.Key}")).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
