using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Notion;

public sealed partial class NotionClient
{
    /// <summary>
    /// Creates a page under a page with its content. Content that fits one request (and needs no follow-up under
    /// a block id, which a create does not return) goes with the create; the rest is appended.
    /// </summary>
    public Task<NotionObject> CreatePageAsync(
        string token, string parentPageId, string title, IEnumerable<JsonObject>? children = null,
        JsonObject? icon = null, JsonObject? cover = null, CancellationToken ct = default)
    {
        var properties = new JsonObject { ["title"] = new JsonObject { ["title"] = RichTextSplitter.FromText(title) } };
        return CreateWithContentAsync(token, Parent("page_id", parentPageId), properties, children, icon, cover, ct);
    }

    /// <summary>
    /// Creates a page under a page with exactly these children in the same request — never a follow-up append, so a
    /// caller that journals each request (the generation executor) sees one request. Children that do not fit one
    /// request whole (≤ 100, ≤ 2 levels, ≤ 1,000 blocks, ≤ 500 KB) are refused: cut them with
    /// <see cref="AppendBatcher.LeadingComplete"/> first.
    /// </summary>
    public Task<NotionObject> CreatePageWithChildrenAsync(
        string token, string parentPageId, string title, IReadOnlyList<JsonObject> children,
        JsonObject? icon = null, JsonObject? cover = null, CancellationToken ct = default)
    {
        if (children.Count > 0 && AppendBatcher.Batch(children) is var batches
            && (batches.Count != 1 || AppendBatcher.LeadingComplete(batches[0]) != children.Count))
            throw NotionApiException.Limit("children", "These children do not fit one page create; send the rest as appends.");
        var body = new JsonObject
        {
            ["parent"] = Parent("page_id", parentPageId),
            ["properties"] = PropertyLimits.CheckValues(new JsonObject { ["title"] = new JsonObject { ["title"] = RichTextSplitter.FromText(title) } }),
        };
        if (icon is not null) body["icon"] = icon.DeepClone();
        if (cover is not null) body["cover"] = cover.DeepClone();
        if (children.Count > 0) body["children"] = new JsonArray([.. children.Select(b => b.DeepClone())]);
        return ObjectAsync(token, HttpMethod.Post, "v1/pages", body, ct);
    }

    /// <summary>Creates a row (a page) in a data source, with property values checked against the write limits.</summary>
    public Task<NotionObject> CreateRowAsync(
        string token, string dataSourceId, JsonObject properties, IEnumerable<JsonObject>? children = null, CancellationToken ct = default) =>
        CreateWithContentAsync(token, Parent("data_source_id", dataSourceId), properties, children, null, null, ct);

    /// <summary>Creates a database under a page with its first data source holding <paramref name="properties"/> (the schema).</summary>
    public async Task<NotionDatabase> CreateDatabaseAsync(
        string token, string parentPageId, string title, JsonObject properties, bool isInline = true,
        JsonObject? icon = null, CancellationToken ct = default)
    {
        var body = new JsonObject
        {
            ["parent"] = Parent("page_id", parentPageId),
            ["title"] = RichTextSplitter.FromText(title),
            ["is_inline"] = isInline,
            ["initial_data_source"] = new JsonObject { ["properties"] = properties.DeepClone() },
        };
        if (icon is not null) body["icon"] = icon.DeepClone();
        var json = await SendAsync(Bearer(token), HttpMethod.Post, "v1/databases", body, ct);
        var source = json.GetProperty("data_sources").EnumerateArray().First().GetProperty("id").GetString()!;
        return new NotionDatabase(json, source);
    }

    /// <summary>
    /// Appends a tree of blocks of any size and depth under <paramref name="blockId"/>, in as few requests as the
    /// limits allow; deeper levels are appended under the ids Notion returns. Returns the top-level blocks' ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> AppendBlocksAsync(string token, string blockId, IEnumerable<JsonObject> blocks, CancellationToken ct = default)
    {
        var pending = new Queue<(string Parent, IReadOnlyList<JsonObject> Blocks)>();
        pending.Enqueue((blockId, BlockNormalizer.Normalize(blocks)));
        List<string>? topLevel = null;
        while (pending.TryDequeue(out var next))
        {
            var ids = new List<string>();
            foreach (var batch in AppendBatcher.Batch(next.Blocks))
            {
                var json = await SendAsync(Bearer(token), HttpMethod.Patch, $"v1/blocks/{Id(next.Parent)}/children",
                    new JsonObject { ["children"] = batch.Children }, ct);
                var created = json.GetProperty("results").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToList();
                for (var i = 0; i < batch.Deferred.Count; i++)
                    if (batch.Deferred[i] is { } rest) pending.Enqueue((created[i], rest));
                ids.AddRange(created);
            }
            topLevel ??= ids;
        }
        return topLevel ?? [];
    }

    /// <summary>One page of a block's children.</summary>
    public async Task<NotionList> ListBlockChildrenAsync(
        string token, string blockId, string? startCursor = null, int pageSize = 100, CancellationToken ct = default)
    {
        var query = $"?page_size={Math.Clamp(pageSize, 1, 100)}" + (startCursor is null ? "" : $"&start_cursor={Uri.EscapeDataString(startCursor)}");
        return NotionList.From(await SendAsync(Bearer(token), HttpMethod.Get, $"v1/blocks/{Id(blockId)}/children{query}", null, ct));
    }

    /// <summary>All of a block's children, page by page.</summary>
    public async Task<IReadOnlyList<NotionObject>> ListAllBlockChildrenAsync(string token, string blockId, CancellationToken ct = default)
    {
        var all = new List<NotionObject>();
        string? cursor = null;
        do
        {
            var page = await ListBlockChildrenAsync(token, blockId, cursor, 100, ct);
            all.AddRange(page.Results);
            cursor = page.HasMore ? page.NextCursor : null;
        } while (cursor is not null);
        return all;
    }

    private async Task<NotionObject> CreateWithContentAsync(
        string token, JsonObject parent, JsonObject properties, IEnumerable<JsonObject>? children,
        JsonObject? icon, JsonObject? cover, CancellationToken ct)
    {
        var body = new JsonObject { ["parent"] = parent, ["properties"] = PropertyLimits.CheckValues(properties) };
        if (icon is not null) body["icon"] = icon.DeepClone();
        if (cover is not null) body["cover"] = cover.DeepClone();
        var blocks = children is null ? [] : BlockNormalizer.Normalize(children);
        var withCreate = blocks.Count == 0 ? 0 : AppendBatcher.LeadingComplete(AppendBatcher.Batch(blocks)[0]);
        if (withCreate > 0) body["children"] = new JsonArray([.. blocks.Take(withCreate).Select(b => b.DeepClone())]);
        var page = new NotionObject(await SendAsync(Bearer(token), HttpMethod.Post, "v1/pages", body, ct));
        if (withCreate < blocks.Count) await AppendBlocksAsync(token, page.Id, blocks.Skip(withCreate), ct);
        return page;
    }

    private static JsonObject Parent(string type, string id) => new() { ["type"] = type, [type] = Id(id) };
}
