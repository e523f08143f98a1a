using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>Blueprint properties → a data source schema, and sample-row values → page property values.</summary>
internal static class NotionProperties
{
    /// <summary>Properties that need another database (relation, rollup) or may name them (formula) go in the schema update.</summary>
    public static bool IsLate(PropertyDto p) => p.Type is "relation" or "rollup" or "formula";

    public static JsonObject Schema(IEnumerable<PropertyDto> properties, Func<int, string?> dataSourceId)
    {
        var schema = new JsonObject();
        foreach (var p in properties) schema[p.Name] = new JsonObject { [p.Type] = Config(p, dataSourceId) };
        return schema;
    }

    private static JsonObject Config(PropertyDto p, Func<int, string?> dataSourceId) => p.Type switch
    {
        "select" or "multi_select" => new JsonObject { ["options"] = Options(p) },
        "number" => new JsonObject { ["format"] = p.Format ?? "number" },
        "formula" => new JsonObject { ["expression"] = p.Expression ?? "" },
        "relation" => new JsonObject
        {
            ["data_source_id"] = p.TargetDbIndex is { } i ? dataSourceId(i) : null,
            ["type"] = "single_property",
            ["single_property"] = new JsonObject(),
        },
        "rollup" => new JsonObject
        {
            ["relation_property_name"] = p.RelationProperty, ["rollup_property_name"] = p.TargetProperty, ["function"] = p.Function ?? "count",
        },
        _ => new JsonObject(),
    };

    private static JsonArray Options(PropertyDto p) => new([.. (p.Options ?? []).Select(o =>
    {
        var option = new JsonObject { ["name"] = o.Name };
        if (o.Color is { } color) option["color"] = color;
        return (JsonNode)option;
    })]);

    /// <summary>
    /// A row's values; a relation names rows of its target by title and is resolved through <paramref name="rowId"/>
    /// (rows not created yet are left out). Types the API cannot write (people, files, computed ones) are skipped.
    /// </summary>
    public static JsonObject Values(DatabaseDto db, SampleRowDto row, Func<int, string, string?> rowId)
    {
        var values = new JsonObject();
        foreach (var p in db.Properties)
        {
            if (!row.Values.TryGetValue(p.Name, out var v) || v.ValueKind == JsonValueKind.Null) continue;
            JsonNode? value = p.Type switch
            {
                "title" or "rich_text" when v.ValueKind == JsonValueKind.String => RichTextSplitter.FromText(v.GetString()!),
                "number" when v.ValueKind == JsonValueKind.Number => JsonValue.Create(v.GetDouble()),
                "checkbox" when v.ValueKind is JsonValueKind.True or JsonValueKind.False => JsonValue.Create(v.GetBoolean()),
                "select" or "status" when v.ValueKind == JsonValueKind.String => new JsonObject { ["name"] = v.GetString() },
                "date" when v.ValueKind == JsonValueKind.String => new JsonObject { ["start"] = v.GetString() },
                "url" or "email" or "phone_number" when v.ValueKind == JsonValueKind.String => JsonValue.Create(v.GetString()),
                "multi_select" when v.ValueKind == JsonValueKind.Array =>
                    new JsonArray([.. v.EnumerateArray().Select(s => (JsonNode)new JsonObject { ["name"] = s.GetString() })]),
                "relation" when v.ValueKind == JsonValueKind.Array && p.TargetDbIndex is { } target =>
                    new JsonArray([.. v.EnumerateArray().Select(s => rowId(target, s.GetString() ?? "")).OfType<string>()
                        .Select(id => (JsonNode)new JsonObject { ["id"] = id })]),
                _ => null,
            };
            if (value is not null) values[p.Name] = new JsonObject { [p.Type] = value };
        }
        return values;
    }

    public static string? TitleOf(DatabaseDto db, SampleRowDto row) =>
        db.Properties.FirstOrDefault(p => p.Type == "title") is { } t && row.Values.TryGetValue(t.Name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() : null;
}
