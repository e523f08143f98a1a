using System.Text.Json;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// The title of a page or database as a block listing shows it: Notion lists them as <c>child_page</c> and
/// <c>child_database</c> blocks (<c>{title}</c>); the page and database objects carry rich text.
/// </summary>
internal static class NotionTitles
{
    public static string? Of(NotionObject o, string kind)
    {
        var json = o.Json;
        var block = kind == "page" ? "child_page" : "child_database";
        if (json.TryGetProperty("type", out var type) && type.GetString() == block)
            return json.GetProperty(block).TryGetProperty("title", out var t) ? t.GetString() : null;
        if (o.Object != kind) return null;
        if (kind == "database") return Plain(json.TryGetProperty("title", out var title) ? title : default);
        if (!json.TryGetProperty("properties", out var properties)) return null;
        foreach (var p in properties.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("title", out var rich)) return Plain(rich);
        return null;
    }

    private static string? Plain(JsonElement rich) => rich.ValueKind != JsonValueKind.Array ? null : string.Concat(rich.EnumerateArray()
        .Select(r => r.TryGetProperty("plain_text", out var p) ? p.GetString()
            : r.TryGetProperty("text", out var t) && t.TryGetProperty("content", out var c) ? c.GetString() : ""));
}
