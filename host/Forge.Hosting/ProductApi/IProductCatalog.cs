using System.Diagnostics.CodeAnalysis;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// The products this host knows: those declared by loaded modules, plus credential-only entries
/// from <c>Forge:Products</c> for products whose module runs elsewhere or not yet (ADR 17).
/// </summary>
public interface IProductCatalog
{
    IReadOnlyList<ProductDefinition> All { get; }

    /// <summary>Every header any product's key is sent in, without duplicates.</summary>
    IReadOnlyList<string> KeyHeaders { get; }

    ProductDefinition? Find(string name);

    /// <summary>True when a loaded module declared the product (its routes are served here).</summary>
    bool IsServed(string name);

    /// <summary>The product whose key shape <paramref name="key"/> has, as sent in <paramref name="header"/>, and its public id.</summary>
    bool TryParseKey(string header, string key, [NotNullWhen(true)] out ProductDefinition? product, [NotNullWhen(true)] out string? keyId);
}

public static class ProductCatalogExtensions
{
    public static ProductDefinition Get(this IProductCatalog catalog, string name) =>
        catalog.Find(name) ?? throw new ArgumentException($"Unknown product '{name}'.", nameof(name));
}
