using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion;

/// <summary>
/// How payloads are written: UTF-8 without escaping non-ASCII (a Korean character is 3 bytes, not a 6-byte
/// <c>\uXXXX</c>), so the size the limits measure is the size sent.
/// </summary>
internal static class NotionJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ToUtf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);

    public static int SizeOf(JsonNode node) => ToUtf8(node).Length;

    /// <summary>The block's children array (<c>block[type].children</c>), if it has one.</summary>
    public static JsonArray? ChildrenOf(JsonObject block) =>
        block["type"]?.GetValue<string>() is { } type && block[type] is JsonObject body ? body["children"] as JsonArray : null;

    /// <summary>A copy of the block without its children.</summary>
    public static JsonObject Shell(JsonObject block)
    {
        var copy = (JsonObject)block.DeepClone();
        if (copy["type"]?.GetValue<string>() is { } type && copy[type] is JsonObject body) body.Remove("children");
        return copy;
    }

    public static void SetChildren(JsonObject block, JsonArray children)
    {
        var type = block["type"]!.GetValue<string>();
        if (block[type] is not JsonObject body) block[type] = body = new JsonObject();
        body["children"] = children;
    }
}
