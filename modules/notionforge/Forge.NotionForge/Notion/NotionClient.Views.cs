using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion;

public sealed partial class NotionClient
{
    /// <summary>
    /// Creates a view on a database, scoped to one of its data sources (<c>POST /v1/views</c>, Notion-Version 2025-09-03+).
    /// <paramref name="configuration"/> is Notion's type-discriminated layout object (a board's <c>group_by</c>, a
    /// calendar's <c>date_property_id</c>…); <paramref name="sorts"/> take the data source query's shape.
    /// </summary>
    public Task<NotionObject> CreateViewAsync(
        string token, string databaseId, string dataSourceId, string name, string type,
        JsonObject? configuration = null, JsonArray? sorts = null, JsonObject? filter = null, CancellationToken ct = default)
    {
        var body = new JsonObject
        {
            ["database_id"] = Id(databaseId), ["data_source_id"] = Id(dataSourceId),
            ["name"] = ViewName(name), ["type"] = type,
        };
        if (configuration is not null) body["configuration"] = configuration.DeepClone();
        if (sorts is not null) body["sorts"] = sorts.DeepClone();
        if (filter is not null) body["filter"] = filter.DeepClone();
        return ObjectAsync(token, HttpMethod.Post, "v1/views", body, ct);
    }

    public Task<NotionObject> RetrieveViewAsync(string token, string viewId, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Get, $"v1/views/{Id(viewId)}", null, ct);

    /// <summary>Changes a view's name, filter, sorts or configuration; what is not given is left as it is.</summary>
    public Task<NotionObject> UpdateViewAsync(
        string token, string viewId, string? name = null, JsonObject? configuration = null, JsonArray? sorts = null, CancellationToken ct = default)
    {
        var body = new JsonObject();
        if (name is not null) body["name"] = ViewName(name);
        if (configuration is not null) body["configuration"] = configuration.DeepClone();
        if (sorts is not null) body["sorts"] = sorts.DeepClone();
        return ObjectAsync(token, HttpMethod.Patch, $"v1/views/{Id(viewId)}", body, ct);
    }

    public Task<NotionObject> DeleteViewAsync(string token, string viewId, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Delete, $"v1/views/{Id(viewId)}", null, ct);

    /// <summary>
    /// Every view of a database (or of one data source), retrieved in full: Notion's list answers references
    /// (<c>{object: "view", id}</c>), so each is read with <see cref="RetrieveViewAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<NotionObject>> ListAllViewsAsync(string token, string? databaseId, string? dataSourceId = null, CancellationToken ct = default)
    {
        var references = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListViewsAsync(token, databaseId, dataSourceId, cursor, 100, ct);
            references.AddRange(page.Results.Select(r => r.Id));
            cursor = page.HasMore ? page.NextCursor : null;
        } while (cursor is not null);
        var views = new List<NotionObject>(references.Count);
        foreach (var id in references) views.Add(await RetrieveViewAsync(token, id, ct));
        return views;
    }

    /// <summary>One page of view references of a database or of a data source (exactly one of them).</summary>
    public async Task<NotionList> ListViewsAsync(
        string token, string? databaseId, string? dataSourceId = null, string? startCursor = null, int pageSize = 100, CancellationToken ct = default)
    {
        if ((databaseId is null) == (dataSourceId is null))
            throw NotionApiException.Limit("database_id", "List views of a database or of a data source: give exactly one.");
        var query = databaseId is not null ? $"?database_id={Id(databaseId)}" : $"?data_source_id={Id(dataSourceId!)}";
        query += $"&page_size={Math.Clamp(pageSize, 1, 100)}" + (startCursor is null ? "" : $"&start_cursor={Uri.EscapeDataString(startCursor)}");
        return NotionList.From(await SendAsync(Bearer(token), HttpMethod.Get, $"v1/views{query}", null, ct));
    }

    /// <summary>A view's name is plain text on its tab: trimmed, never empty, at most 2,000 characters like any text.</summary>
    private static string ViewName(string name) =>
        name.Trim() is { Length: > 0 and <= Limits.NotionLimits.RichTextContentChars } trimmed
            ? trimmed
            : throw NotionApiException.Limit("name", $"A view's name is 1–{Limits.NotionLimits.RichTextContentChars} characters.");
}
