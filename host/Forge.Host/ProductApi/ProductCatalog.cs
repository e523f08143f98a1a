using System.Diagnostics.CodeAnalysis;
using Forge.Hosting.ProductApi;
using Microsoft.Extensions.Options;

namespace Forge.Host.ProductApi;

/// <summary>
/// Loaded modules' product definitions first (in load order), then credential-only entries from
/// <c>Forge:Products</c> for products not served here. Checked once when built: one definition per
/// name, a module's key shape equal to its configured one, and no key prefix ambiguous on a header.
/// </summary>
public sealed class ProductCatalog : IProductCatalog
{
    private readonly HashSet<string> _served;

    public ProductCatalog(IEnumerable<ProductDefinition> declared, IOptions<ProductCatalogOptions> options)
    {
        var modules = declared.ToList();
        var duplicate = modules.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Product '{duplicate.Key}' is declared by more than one module.");
        _served = modules.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var configured = options.Value.Products.Select(e => e.Value.ToDefinition(e.Key)).ToList();
        foreach (var module in modules)
            if (configured.FirstOrDefault(c => c.Name == module.Name) is { } entry && (entry.ApiKey.Prefix != module.ApiKey.Prefix
                    || !entry.ApiKey.Headers.SequenceEqual(module.ApiKey.Headers, StringComparer.OrdinalIgnoreCase)
                    || entry.ApiKey.Length != module.ApiKey.Length || entry.Scope != module.Scope))
                throw new InvalidOperationException(
                    $"{ProductCatalogOptions.Section}:{module.Name} disagrees with the {module.Name} module's declaration (key shape or scope).");

        All = [.. modules, .. configured.Where(c => !_served.Contains(c.Name))];
        KeyHeaders = All.SelectMany(p => p.ApiKey.Headers).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var a in All)
        foreach (var b in All)
            if (a != b && a.ApiKey.Headers.Any(b.ApiKey.IsSentIn) && b.ApiKey.Prefix.StartsWith(a.ApiKey.Prefix, StringComparison.Ordinal))
                throw new InvalidOperationException($"Keys of '{b.Name}' would be taken for '{a.Name}' keys: prefix '{a.ApiKey.Prefix}' on a shared header.");
    }

    public IReadOnlyList<ProductDefinition> All { get; }

    public IReadOnlyList<string> KeyHeaders { get; }

    public ProductDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    public bool IsServed(string name) => _served.Contains(name);

    public bool TryParseKey(string header, string key, [NotNullWhen(true)] out ProductDefinition? product, [NotNullWhen(true)] out string? keyId)
    {
        product = All.FirstOrDefault(p => p.ApiKey.IsSentIn(header) && p.ApiKey.Claims(key));
        keyId = null;
        return product is not null && product.ApiKey.TryParse(key, out keyId);
    }
}
