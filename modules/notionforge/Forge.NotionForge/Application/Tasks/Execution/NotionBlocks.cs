using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// Blueprint blocks → Notion block objects (reference §2, §4). A <c>database_ref</c> becomes nothing (the database is
/// created on the page itself); a <c>linked_view</c> becomes a <c>link_to_page</c> to the database, since the public API
/// cannot create a linked database block (ADR 51). The result may be deeper than one request allows: the client's
/// <see cref="AppendBatcher"/> cuts it.
/// </summary>
internal static class NotionBlocks
{
    public static List<JsonObject> Build(IEnumerable<BlockDto> blocks, Func<int, string?> databaseId, Func<string, string?> subPageId)
    {
        var result = new List<JsonObject>();
        foreach (var block in blocks)
            if (Build(block, databaseId, subPageId) is { } built) result.Add(built);
        return result;
    }

    public static JsonObject Emoji(string emoji) => new() { ["type"] = "emoji", ["emoji"] = emoji };

    private static JsonObject? Build(BlockDto b, Func<int, string?> databaseId, Func<string, string?> subPageId)
    {
        switch (b.Type)
        {
            case "database_ref":
                return null;
            case "linked_view":
                return b.DbIndex is { } i && databaseId(i) is { } db ? Block("link_to_page", new JsonObject { ["type"] = "database_id", ["database_id"] = db }) : null;
            case "link_to_page":
                return b.SubPageRef is { } title && subPageId(title) is { } page ? Block("link_to_page", new JsonObject { ["type"] = "page_id", ["page_id"] = page }) : null;
            case "divider" or "table_of_contents":
                return Block(b.Type, new JsonObject());
            case "bookmark":
                return Block("bookmark", new JsonObject { ["url"] = b.Url ?? "" });
            case "column_list":
                var columns = new JsonArray();
                foreach (var column in b.Columns ?? [])
                    columns.Add(Block("column", new JsonObject { ["children"] = new JsonArray([.. Build(column.Blocks, databaseId, subPageId)]) }));
                return Block("column_list", new JsonObject { ["children"] = columns });
        }

        var type = b.Type switch { "bulleted_list" => "bulleted_list_item", "numbered_list" => "numbered_list_item", _ => b.Type };
        var body = new JsonObject { ["rich_text"] = b.RichText is { Count: > 0 } runs ? RichTextRuns.ToNotion(runs) : RichTextSplitter.FromText(b.Text ?? b.Title ?? "") };
        if (b.Color is { } color) body["color"] = color;
        if (type == "callout") body["icon"] = Emoji(b.Icon ?? "💡");
        if (type == "code") body["language"] = b.Language ?? "plain text";
        if (type == "to_do") body["checked"] = false;
        if (type.StartsWith("heading_", StringComparison.Ordinal) && b.IsToggleable == true) body["is_toggleable"] = true;
        if (b.Children is { Count: > 0 } children) body["children"] = new JsonArray([.. Build(children, databaseId, subPageId)]);
        return Block(type, body);
    }

    private static JsonObject Block(string type, JsonObject body) => new() { ["object"] = "block", ["type"] = type, [type] = body };
}
