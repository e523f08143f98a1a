using System.Text.Json.Nodes;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>Builds Notion block JSON for the tests.</summary>
internal static class NotionBlocks
{
    public static JsonObject Paragraph(string text, params JsonObject[] children) => Block("paragraph", text, children);

    public static JsonObject Toggle(string text, params JsonObject[] children) => Block("toggle", text, children);

    public static JsonObject Block(string type, string text, params JsonObject[] children)
    {
        var body = new JsonObject
        {
            ["rich_text"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["content"] = text } }),
        };
        if (children.Length > 0) body["children"] = new JsonArray([.. children]);
        return new JsonObject { ["type"] = type, [type] = body };
    }

    /// <summary>Words of varying length, <paramref name="length"/> characters in all.</summary>
    public static string Words(int length, string word = "notion")
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < length; i++) text.Append(word, 0, 1 + i % word.Length).Append(' ');
        return text.ToString(0, length);
    }

    public static string TextOf(JsonObject block)
    {
        var type = block["type"]!.GetValue<string>();
        return string.Concat(((JsonArray)block[type]!["rich_text"]!).Select(e => e!["text"]!["content"]!.GetValue<string>()));
    }
}
