using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Notion;

/// <summary>
/// A blueprint block's formatted runs (<c>rich_text</c>, ADR 52) as Notion rich text objects: annotations and links
/// kept; the client's <c>BlockNormalizer</c> splits what exceeds Notion's per-object limits.
/// </summary>
public static class RichTextRuns
{
    public static JsonArray ToNotion(IEnumerable<RichTextDto> runs) => new([.. runs.Where(r => r.Text.Length > 0).Select(Run)]);

    private static JsonNode Run(RichTextDto run)
    {
        var text = new JsonObject { ["content"] = run.Text };
        if (run.Link is { } url) text["link"] = new JsonObject { ["url"] = url };
        var element = new JsonObject { ["type"] = "text", ["text"] = text };
        var annotations = new JsonObject();
        if (run.Bold == true) annotations["bold"] = true;
        if (run.Italic == true) annotations["italic"] = true;
        if (run.Strikethrough == true) annotations["strikethrough"] = true;
        if (run.Code == true) annotations["code"] = true;
        if (annotations.Count > 0) element["annotations"] = annotations;
        return element;
    }
}
