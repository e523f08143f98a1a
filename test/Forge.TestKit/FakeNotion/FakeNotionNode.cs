using System.Text.Json.Nodes;

namespace Forge.TestKit.FakeNotion;

/// <summary>
/// One object in the fake's workspace: a page, block, database, data source or comment. <see cref="Children"/> is
/// the ordered content (blocks, sub pages, databases of a page; rows of a data source).
/// </summary>
public sealed class FakeNotionNode(string id, string kind, string? parentId, string parentType)
{
    public string Id { get; } = id;
    /// <summary><c>page</c>, <c>block</c>, <c>database</c>, <c>data_source</c>, <c>view</c> or <c>comment</c>.</summary>
    public string Kind { get; } = kind;
    public string? ParentId { get; } = parentId;
    /// <summary>Notion's parent type: <c>page_id</c>, <c>block_id</c>, <c>database_id</c>, <c>data_source_id</c>, <c>workspace</c>.</summary>
    public string ParentType { get; } = parentType;
    /// <summary>For a block, its type (<c>paragraph</c>…); for others, <see cref="Kind"/>.</summary>
    public string Type { get; set; } = kind;
    /// <summary>The object's own fields as sent (block body without children, page properties, schema…).</summary>
    public JsonObject Body { get; set; } = [];
    public List<string> Children { get; } = [];
    public bool InTrash { get; set; }
    public DateTimeOffset CreatedTime { get; } = DateTimeOffset.UtcNow;

    /// <summary>A view's name (on its tab), else null.</summary>
    public string? ViewName => Kind == "view" ? Body["name"]?.GetValue<string>() : null;
    /// <summary>A view's layout type (<c>table</c>, <c>board</c>…), else null.</summary>
    public string? ViewType => Kind == "view" ? Body["type"]?.GetValue<string>() : null;

    /// <summary>The page's or database's title, or the block's plain text.</summary>
    public string Text
    {
        get
        {
            var rich = Type switch
            {
                "page" => (Body["properties"] as JsonObject)?.Select(p => p.Value?["title"]).OfType<JsonArray>().FirstOrDefault(),
                "database" or "data_source" => Body["title"] as JsonArray,
                _ => Body[Type]?["rich_text"] as JsonArray,
            };
            return rich is null ? "" : string.Concat(rich.Select(r => r?["text"]?["content"]?.GetValue<string>() ?? ""));
        }
    }
}
