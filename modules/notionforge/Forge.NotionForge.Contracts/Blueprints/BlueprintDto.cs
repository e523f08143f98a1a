using System.Text.Json.Serialization;

namespace Forge.NotionForge.Contracts.Blueprints;

/// <summary>
/// A NotionForge blueprint (reference §2, v3 "free design" format) on the wire: the seed's top-level
/// <c>title</c>/<c>template_type</c>/<c>databases</c>/<c>sub_pages</c>, plus the main page's icon, cover, colour
/// theme and body blocks. Databases are referenced by index (linked views, relations). ADR 44.
/// </summary>
public sealed record BlueprintDto
{
    [JsonPropertyName("version")] public string Version { get; init; } = "3.0";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("icon")] public string? Icon { get; init; }
    [JsonPropertyName("cover_url")] public string? CoverUrl { get; init; }
    [JsonPropertyName("template_type")] public string TemplateType { get; init; } = "";
    [JsonPropertyName("color_theme")] public string? ColorTheme { get; init; }
    /// <summary>The skill the built-in planner chose, or null for a recipe or a provider's design.</summary>
    [JsonPropertyName("skill")] public string? Skill { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("complexity")] public string? Complexity { get; init; }
    [JsonPropertyName("blocks")] public IReadOnlyList<BlockDto> Blocks { get; init; } = [];
    [JsonPropertyName("databases")] public IReadOnlyList<DatabaseDto> Databases { get; init; } = [];
    [JsonPropertyName("sub_pages")] public IReadOnlyList<SubPageDto> SubPages { get; init; } = [];
    [JsonPropertyName("faq")] public IReadOnlyList<FaqDto>? Faq { get; init; }
}

public sealed record FaqDto
{
    [JsonPropertyName("q")] public string Q { get; init; } = "";
    [JsonPropertyName("a")] public string A { get; init; } = "";
}

public sealed record SubPageDto
{
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("icon")] public string? Icon { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("blocks")] public IReadOnlyList<BlockDto> Blocks { get; init; } = [];
}
