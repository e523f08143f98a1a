using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion.Limits;

/// <summary>Splits text and rich-text arrays so no <c>text.content</c> exceeds 2,000 characters.</summary>
public static class RichTextSplitter
{
    /// <summary>
    /// Cuts <paramref name="text"/> into pieces of at most <paramref name="max"/> characters, after the last
    /// whitespace that fits (a word longer than a piece is cut hard, never inside a surrogate pair). The pieces
    /// concatenate to the original text.
    /// </summary>
    public static IReadOnlyList<string> SplitText(string text, int max = NotionLimits.RichTextContentChars)
    {
        if (text.Length <= max) return [text];
        var pieces = new List<string>();
        var start = 0;
        while (text.Length - start > max)
        {
            var cut = LastBreak(text, start, max);
            pieces.Add(text[start..cut]);
            start = cut;
        }
        pieces.Add(text[start..]);
        return pieces;
    }

    private static int LastBreak(string text, int start, int max)
    {
        for (var i = start + max; i > start; i--)
            if (char.IsWhiteSpace(text[i - 1])) return i;
        var hard = start + max;
        return char.IsHighSurrogate(text[hard - 1]) ? hard - 1 : hard;
    }

    /// <summary>
    /// Returns the array with every over-long <c>text</c> element replaced by several carrying the same
    /// annotations and link; other elements (mentions, equations) are copied as they are.
    /// </summary>
    public static JsonArray Split(JsonArray richText)
    {
        var result = new JsonArray();
        foreach (var node in richText)
        {
            if (node is JsonObject element && element["type"]?.GetValue<string>() == "text"
                && element["text"]?["content"]?.GetValue<string>() is { Length: > NotionLimits.RichTextContentChars } content)
            {
                foreach (var piece in SplitText(content))
                {
                    var copy = (JsonObject)element.DeepClone();
                    copy["text"]!["content"] = piece;
                    copy.Remove("plain_text");
                    result.Add(copy);
                }
            }
            else result.Add(node?.DeepClone());
        }
        return result;
    }

    /// <summary>Plain text as rich-text elements within the limits (for titles, comments and properties).</summary>
    public static JsonArray FromText(string text)
    {
        var array = new JsonArray();
        foreach (var piece in SplitText(text))
            array.Add(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["content"] = piece } });
        return array;
    }

    /// <summary>Splits, then refuses an array that still has more than 100 elements (it cannot be split further here).</summary>
    public static JsonArray SplitWithin(JsonArray richText, string field)
    {
        var split = Split(richText);
        if (split.Count > NotionLimits.RichTextElements)
            throw NotionApiException.Limit(field, $"{field} needs {split.Count} rich-text elements; Notion accepts at most {NotionLimits.RichTextElements}.");
        return split;
    }
}
