using System.Text.Json.Serialization;

namespace Forge.NotionForge.Contracts.Blueprints;

/// <summary>What creating a blueprint costs in Notion: calls, seconds at 3 requests/s, blocks against the limit.</summary>
public sealed record BlueprintEstimateDto(
    [property: JsonPropertyName("notion_calls")] int NotionCalls,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("blocks")] int Blocks,
    [property: JsonPropertyName("block_limit")] int BlockLimit);

/// <summary>One validator finding: the JSON path of the offending field and why.</summary>
public sealed record BlueprintErrorDto(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("message")] string Message);

/// <summary>
/// A recipe's summary (the seed's list item). <see cref="RecipeDto"/> adds <c>blueprint</c> flat beside these
/// fields; a list serialised as <c>RecipeSummaryDto[]</c> leaves the blueprint out (System.Text.Json writes the
/// declared type).
/// </summary>
public record RecipeSummaryDto
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("name_en")] public string? NameEn { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("description_en")] public string? DescriptionEn { get; init; }
    [JsonPropertyName("category")] public string Category { get; init; } = "general";
    [JsonPropertyName("icon")] public string Icon { get; init; } = "📋";
    [JsonPropertyName("author")] public string Author { get; init; } = "Forge";
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];
    [JsonPropertyName("complexity")] public string Complexity { get; init; } = "standard";
}

public sealed record RecipeDto : RecipeSummaryDto
{
    [JsonPropertyName("blueprint")] public BlueprintDto Blueprint { get; init; } = new();
}
