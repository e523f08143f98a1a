using System.Text;
using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion.Limits;

/// <summary>
/// Brings every block of a tree within the per-block limits: rich text split into ≤ 2,000-character elements,
/// and a block whose text then needs more than 100 elements (or would weigh more than a fair share of a
/// payload) becomes several consecutive blocks of the same type, the last keeping the children.
/// </summary>
public static class BlockNormalizer
{
    public static List<JsonObject> Normalize(IEnumerable<JsonObject> blocks)
    {
        var result = new List<JsonObject>();
        foreach (var block in blocks) result.AddRange(NormalizeOne(block));
        return result;
    }

    private static IEnumerable<JsonObject> NormalizeOne(JsonObject block)
    {
        var type = block["type"]?.GetValue<string>()
            ?? throw NotionApiException.Limit("children[].type", "Every block needs a type.");
        var children = NotionJson.ChildrenOf(block);
        var shell = NotionJson.Shell(block);
        if (shell[type] is JsonObject body && body["caption"] is JsonArray caption)
            body["caption"] = RichTextSplitter.SplitWithin(caption, $"{type}.caption");

        var pieces = new List<JsonObject>();
        if (shell[type] is JsonObject textBody && textBody["rich_text"] is JsonArray richText)
        {
            foreach (var group in Groups(RichTextSplitter.Split(richText)))
            {
                var piece = (JsonObject)shell.DeepClone();
                piece[type]!["rich_text"] = group;
                pieces.Add(piece);
            }
        }
        if (pieces.Count == 0) pieces.Add(shell);
        if (children is { Count: > 0 })
            NotionJson.SetChildren(pieces[^1], new JsonArray([.. Normalize(children.OfType<JsonObject>())]));
        return pieces;
    }

    /// <summary>Consecutive groups of ≤ 100 elements and ≤ <see cref="NotionLimits.RichTextBytesPerBlock"/> bytes.</summary>
    private static IEnumerable<JsonArray> Groups(JsonArray elements)
    {
        var group = new JsonArray();
        var bytes = 0;
        foreach (var element in elements)
        {
            var size = element?["text"]?["content"]?.GetValue<string>() is { } content ? Encoding.UTF8.GetByteCount(content) + 200 : 400;
            if (group.Count > 0 && (group.Count == NotionLimits.RichTextElements || bytes + size > NotionLimits.RichTextBytesPerBlock))
            {
                yield return group;
                group = [];
                bytes = 0;
            }
            group.Add(element?.DeepClone());
            bytes += size;
        }
        if (group.Count > 0 || elements.Count == 0) yield return group;
    }
}
