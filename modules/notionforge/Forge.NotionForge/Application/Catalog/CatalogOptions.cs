using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Catalog;

/// <summary>Recipes' and documents' generation (<c>Forge:NotionForge:Catalog</c>; ADR 52), validated at start.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Forge:NotionForge:Catalog";

    /// <summary>How long <c>recipes/{id}/generate</c> and <c>document-to-notion</c> wait for their task (seed: 180 s) before <c>TIMEOUT</c>.</summary>
    public TimeSpan GenerateTimeout { get; set; } = TimeSpan.FromSeconds(180);
}

internal sealed class CatalogOptionsValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions o) =>
        o.GenerateTimeout > TimeSpan.Zero && o.GenerateTimeout <= TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CatalogOptions.Section}:GenerateTimeout must be positive and at most an hour.");
}
