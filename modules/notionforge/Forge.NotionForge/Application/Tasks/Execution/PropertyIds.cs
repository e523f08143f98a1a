using System.Text.Json;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>A data source's property ids by name, as a step keeps them (JSON in the step's <c>Extra</c>).</summary>
internal static class PropertyIds
{
    public static Dictionary<string, string> From(NotionObject dataSource) =>
        dataSource.Json.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Where(p => p.Value.TryGetProperty("id", out _))
                .ToDictionary(p => p.Name, p => p.Value.GetProperty("id").GetString()!, StringComparer.Ordinal)
            : [];

    public static string Serialize(IReadOnlyDictionary<string, string> ids) => JsonSerializer.Serialize(ids);

    /// <summary>The ids a step kept, or null when it kept none (a step recorded before views were created).</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? extra)
    {
        if (extra is not { Length: > 1 } || extra[0] != '{') return null;
        try { return JsonSerializer.Deserialize<Dictionary<string, string>>(extra); }
        catch (JsonException) { return null; }
    }
}
