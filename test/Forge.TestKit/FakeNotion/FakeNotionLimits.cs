using System.Text.Json.Nodes;

namespace Forge.TestKit.FakeNotion;

/// <summary>
/// Notion's request-size limits (reference §6.2), answered as 400 <c>validation_error</c> like Notion: rich text
/// ≤ 2,000 characters per element and ≤ 100 elements, multi-select/relation/people values ≤ 100, children arrays
/// ≤ 100, two levels of nesting per request, ≤ 1,000 blocks and ≤ 500 KB per payload.
/// </summary>
internal static class FakeNotionLimits
{
    public const int PayloadBytes = 500_000;

    public static void CheckPayload(JsonNode? body, int bytes)
    {
        if (bytes > PayloadBytes) throw FakeNotionError.Validation($"Request body too large: {bytes} bytes exceeds {PayloadBytes}.");
        Walk(body, "body");
    }

    /// <summary>
    /// Checks a list of blocks sent as new children (level 1): two levels of nesting are allowed below them, so
    /// level-3 blocks (grandchildren) may have no children.
    /// </summary>
    public static void CheckBlocks(JsonArray blocks, string path)
    {
        var count = 0;
        CheckLevel(blocks, path, 1, ref count);
        if (count > 1000) throw FakeNotionError.Validation($"{path} contains {count} blocks; the limit is 1000.");
    }

    private static void CheckLevel(JsonArray blocks, string path, int level, ref int count)
    {
        if (blocks.Count > 100) throw FakeNotionError.Validation($"{path}.length should be ≤ `100`, instead was `{blocks.Count}`.");
        for (var i = 0; i < blocks.Count; i++)
        {
            count++;
            if (blocks[i] is not JsonObject block || block["type"]?.GetValue<string>() is not { } type)
                throw FakeNotionError.Validation($"{path}[{i}].type should be defined.");
            if (block[type] is JsonObject body && body["children"] is JsonArray children && children.Count > 0)
            {
                if (level >= 3)
                    throw FakeNotionError.Validation($"{path}[{i}].{type}.children: a request may nest blocks at most 2 levels below the blocks it appends.");
                CheckLevel(children, $"{path}[{i}].{type}.children", level + 1, ref count);
            }
        }
    }

    private static void Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var here = $"{path}.{key}";
                    if (value is JsonArray array)
                    {
                        if (key is "rich_text" or "title" or "caption") CheckRichText(array, here);
                        if (key is "multi_select" or "relation" or "people" && array.Count > 100)
                            throw FakeNotionError.Validation($"{here}.length should be ≤ `100`, instead was `{array.Count}`.");
                    }
                    if (key == "archived") throw FakeNotionError.Validation($"{here} is not supported; use in_trash.");
                    Walk(value, here);
                }
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++) Walk(list[i], $"{path}[{i}]");
                break;
        }
    }

    private static void CheckRichText(JsonArray array, string path)
    {
        if (array.Count > 100) throw FakeNotionError.Validation($"{path}.length should be ≤ `100`, instead was `{array.Count}`.");
        for (var i = 0; i < array.Count; i++)
            if (array[i]?["text"]?["content"]?.GetValue<string>() is { Length: > 2000 } content)
                throw FakeNotionError.Validation($"{path}[{i}].text.content.length should be ≤ `2000`, instead was `{content.Length}`.");
    }
}
