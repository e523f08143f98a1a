using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.NotionForge.Contracts.Blueprints;

/// <summary>One database of a blueprint: typed properties (ordered; names unique), views and sample rows.</summary>
public sealed record DatabaseDto
{
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("icon")] public string? Icon { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("is_inline")] public bool IsInline { get; init; } = true;
    /// <summary>Title of the sub page the database lives in; null places it on the main page.</summary>
    [JsonPropertyName("db_parent")] public string? DbParent { get; init; }
    [JsonPropertyName("properties")] public IReadOnlyList<PropertyDto> Properties { get; init; } = [];
    [JsonPropertyName("views")] public IReadOnlyList<ViewDto> Views { get; init; } = [];
    [JsonPropertyName("sample_rows")] public IReadOnlyList<SampleRowDto> SampleRows { get; init; } = [];
}

/// <summary>A property: <c>type</c> is a Notion property type; the other fields apply to some types only.</summary>
public sealed record PropertyDto
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    /// <summary>select / multi_select / status options.</summary>
    [JsonPropertyName("options")] public IReadOnlyList<SelectOptionDto>? Options { get; init; }
    /// <summary>number format (number, percent, dollar, won, …).</summary>
    [JsonPropertyName("format")] public string? Format { get; init; }
    /// <summary>relation: the index of the target database in <c>databases</c>.</summary>
    [JsonPropertyName("target_db_index")] public int? TargetDbIndex { get; init; }
    /// <summary>rollup: the relation property of this database, the property of the target to roll up, the function.</summary>
    [JsonPropertyName("relation_property")] public string? RelationProperty { get; init; }
    [JsonPropertyName("target_property")] public string? TargetProperty { get; init; }
    [JsonPropertyName("function")] public string? Function { get; init; }
    /// <summary>formula: Notion formula 2.0 text.</summary>
    [JsonPropertyName("expression")] public string? Expression { get; init; }
}

public sealed record SelectOptionDto
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("color")] public string? Color { get; init; }
}

public sealed record ViewDto
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("title")] public string? Title { get; init; }
    /// <summary>board: the select or status property to group by.</summary>
    [JsonPropertyName("group_by")] public string? GroupBy { get; init; }
    /// <summary>calendar / timeline: the date property.</summary>
    [JsonPropertyName("date_property")] public string? DateProperty { get; init; }
    [JsonPropertyName("sorts")] public IReadOnlyList<ViewSortDto>? Sorts { get; init; }
}

public sealed record ViewSortDto
{
    [JsonPropertyName("property")] public string Property { get; init; } = "";
    [JsonPropertyName("direction")] public string Direction { get; init; } = "ascending";
}

/// <summary>
/// A sample row: property name → value (string for text, select, date (ISO), url, email; number; bool for
/// checkbox; array of strings for multi_select and relation, a relation naming rows of the target by title).
/// </summary>
public sealed record SampleRowDto
{
    [JsonPropertyName("icon")] public string? Icon { get; init; }
    [JsonPropertyName("values")] public IReadOnlyDictionary<string, JsonElement> Values { get; init; } = new Dictionary<string, JsonElement>();
}
