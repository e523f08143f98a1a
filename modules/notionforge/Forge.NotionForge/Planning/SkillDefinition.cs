using System.Text.Json.Serialization;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>
/// A built-in skill as shipped in <c>Planning/Data/Skills/&lt;id&gt;.json</c> (embedded): its routing keywords in
/// Korean and English and, per language, what it contributes to a blueprint. ADR 44.
/// </summary>
public sealed record SkillDefinition
{
    public string Id { get; init; } = "";
    public Localized<string> Name { get; init; } = new("", "");
    public Localized<string> Description { get; init; } = new("", "");
    public Localized<IReadOnlyList<string>> Keywords { get; init; } = new([], []);
    [JsonPropertyName("template_type")] public string TemplateType { get; init; } = "database";
    public string Icon { get; init; } = "📋";
    [JsonPropertyName("color_theme")] public string ColorTheme { get; init; } = "default";
    public Localized<SkillContent> Content { get; init; } = new(new(), new());
}

public sealed record Localized<T>(T Ko, T En)
{
    public T For(PlanLanguage language) => language == PlanLanguage.Korean ? Ko : En;
}

/// <summary>
/// A skill's material in one language: the main database (always), a second database related to it (advanced),
/// the sub pages (two from standard, all in advanced), the main page's intro and tips, and the FAQ (advanced).
/// </summary>
public sealed record SkillContent
{
    public string Intro { get; init; } = "";
    public IReadOnlyList<string> Tips { get; init; } = [];
    public DatabaseDto Primary { get; init; } = new();
    public DatabaseDto Secondary { get; init; } = new();
    [JsonPropertyName("sub_pages")] public IReadOnlyList<SubPageDto> SubPages { get; init; } = [];
    public IReadOnlyList<FaqDto> Faq { get; init; } = [];
}

public enum PlanLanguage
{
    Korean,
    English,
}
