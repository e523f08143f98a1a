using Forge.Hosting.ProductApi;
using Microsoft.Extensions.Options;

namespace Forge.Host.ProductApi;

public static class ProductSetup
{
    /// <summary>The product catalog (ADR 17), built from modules' declarations and <c>Forge:Products</c>, checked at start.</summary>
    public static IServiceCollection AddForgeProducts(this IServiceCollection services)
    {
        services.AddOptions<ProductCatalogOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(ProductCatalogOptions.Section).Bind(o.Products))
            .Validate(o => o.Products.Values.All(Valid), $"{ProductCatalogOptions.Section}: every entry needs KeyPrefix (3+ characters), KeyHeaders, KeyIdLength 8–64 and KeySecretLength 24–128.")
            .ValidateOnStart();
        services.AddSingleton<IProductCatalog, ProductCatalog>();
        // Builds the catalog during start-up so a conflicting declaration stops the host, not its first request.
        services.AddOptions<ProductCatalogCheck>().Configure<IProductCatalog>((check, catalog) => check.Products = catalog.All.Count).ValidateOnStart();
        return services;
    }

    private static bool Valid(ProductKeyOptions o) =>
        o.KeyPrefix.Length >= 3 && o.KeyHeaders.Length > 0 && o.KeyHeaders.All(h => h.Length > 0)
        && o.KeyIdLength is >= 8 and <= 64 && o.KeySecretLength is >= 24 and <= 128 && !char.IsAsciiLetterOrDigit(o.KeySeparator);

    private sealed class ProductCatalogCheck
    {
        public int Products { get; set; }
    }
}
