using System.Text.Json.Serialization;

namespace Forge.NotionForge.Contracts.Blueprints;

/// <summary>
/// One block of a page body. <c>type</c> is one of the reference's block types; <c>children</c> nest under
/// callouts, toggles, quotes, list items and toggleable headings; <c>columns</c> belong to a <c>column_list</c>;
/// <c>db_index</c> points a <c>database_ref</c> (the database itself) or a <c>linked_view</c> at a database.
/// </summary>
public sealed record BlockDto
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("text")] public string? Text { get; init; }
    /// <summary>
    /// Formatted text (bold, italic, code, links), e.g. from an uploaded Markdown document; when present it is what
    /// the block shows and <see cref="Text"/> is its plain form (ADR 52).
    /// </summary>
    [JsonPropertyName("rich_text")] public IReadOnlyList<RichTextDto>? RichText { get; init; }
    [JsonPropertyName("icon")] public string? Icon { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("is_toggleable")] public bool? IsToggleable { get; init; }
    [JsonPropertyName("children")] public IReadOnlyList<BlockDto>? Children { get; init; }
    [JsonPropertyName("columns")] public IReadOnlyList<ColumnDto>? Columns { get; init; }
    [JsonPropertyName("width_ratios")] public IReadOnlyList<double>? WidthRatios { get; init; }
    [JsonPropertyName("db_index")] public int? DbIndex { get; init; }
    [JsonPropertyName("view_type")] public string? ViewType { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("sub_page_ref")] public string? SubPageRef { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
}

public sealed record ColumnDto
{
    [JsonPropertyName("blocks")] public IReadOnlyList<BlockDto> Blocks { get; init; } = [];
}

/// <summary>One run of formatted text: Notion's rich text annotations that a document can express.</summary>
public sealed record RichTextDto
{
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("bold")] public bool? Bold { get; init; }
    [JsonPropertyName("italic")] public bool? Italic { get; init; }
    [JsonPropertyName("strikethrough")] public bool? Strikethrough { get; init; }
    [JsonPropertyName("code")] public bool? Code { get; init; }
    [JsonPropertyName("link")] public string? Link { get; init; }
}
