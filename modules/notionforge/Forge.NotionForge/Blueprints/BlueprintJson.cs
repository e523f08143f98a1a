using System.Text.Encodings.Web;
using System.Text.Json;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>
/// The one way blueprints, skills and recipes are read and written: wire names come from the DTO attributes,
/// nulls are left out, Hangul is written as itself (emoji, outside the BMP, System.Text.Json always escapes).
/// </summary>
public static class BlueprintJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(BlueprintDto blueprint) => JsonSerializer.Serialize(blueprint, Options);

    public static T Deserialize<T>(Stream json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty {typeof(T).Name} document.");
}
