using System.ComponentModel.DataAnnotations;
using Forge.Hosting.ProductApi;

namespace Forge.Host.ProductApi;

/// <summary>
/// <c>Forge:Products:&lt;name&gt;</c>: key shapes of products this deployment issues and accepts keys
/// for, whether or not their module is loaded here (ADR 17). A loaded module's own declaration
/// must agree with its entry.
/// </summary>
public sealed class ProductCatalogOptions
{
    public const string Section = "Forge:Products";

    public Dictionary<string, ProductKeyOptions> Products { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ProductKeyOptions : IValidatableObject
{
    [Required, MinLength(3)]
    public string KeyPrefix { get; set; } = "";

    [Required, MinLength(1)]
    public string[] KeyHeaders { get; set; } = [];

    [Range(8, 64)]
    public int KeyIdLength { get; set; } = 12;

    public char KeySeparator { get; set; } = '_';

    [Range(24, 128)]
    public int KeySecretLength { get; set; } = 32;

    /// <summary>How the console shows the product; the capitalised name when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The OAuth scope; the product name when empty.</summary>
    public string? Scope { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeyHeaders.Any(string.IsNullOrWhiteSpace)) yield return new ValidationResult("no header name may be empty.", [nameof(KeyHeaders)]);
        if (char.IsAsciiLetterOrDigit(KeySeparator)) yield return new ValidationResult("must not be a letter or digit.", [nameof(KeySeparator)]);
    }

    public ProductDefinition ToDefinition(string name)
    {
        var definition = new ProductDefinition(name.ToLowerInvariant(), new ApiKeyShape(KeyPrefix, KeyHeaders, KeyIdLength, KeySeparator, KeySecretLength));
        return definition with
        {
            Scope = string.IsNullOrWhiteSpace(Scope) ? definition.Scope : Scope,
            DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? definition.DisplayName : DisplayName,
        };
    }
}
