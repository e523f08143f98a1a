using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion.Limits;

/// <summary>
/// Checks page property values against Notion's per-write limits before sending: title and rich text are
/// split; a multi-select, relation or people value over 100 entries is refused naming the property, because a
/// write replaces the whole value (it cannot be spread over several writes).
/// </summary>
public static class PropertyLimits
{
    /// <summary>Returns a copy of <paramref name="properties"/> within the limits, or throws naming the property.</summary>
    public static JsonObject CheckValues(JsonObject properties)
    {
        var result = new JsonObject();
        foreach (var (name, node) in properties)
        {
            if (node is not JsonObject value) { result[name] = node?.DeepClone(); continue; }
            var copy = (JsonObject)value.DeepClone();
            foreach (var key in new[] { "title", "rich_text" })
                if (copy[key] is JsonArray text) copy[key] = RichTextSplitter.SplitWithin(text, $"properties.{name}.{key}");
            Refuse(copy, "multi_select", NotionLimits.MultiSelectOptions, name, "options");
            Refuse(copy, "relation", NotionLimits.RelationPages, name, "pages");
            Refuse(copy, "people", NotionLimits.PeopleUsers, name, "users");
            result[name] = copy;
        }
        return result;
    }

    private static void Refuse(JsonObject value, string key, int max, string name, string what)
    {
        if (value[key] is JsonArray array && array.Count > max)
            throw NotionApiException.Limit($"properties.{name}.{key}",
                $"Property '{name}' has {array.Count} {what}; Notion accepts at most {max} in one write.");
    }
}
