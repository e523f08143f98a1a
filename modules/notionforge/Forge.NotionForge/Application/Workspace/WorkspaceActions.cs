using System.Text.Json;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Workspace;

/// <summary>
/// The seed's workspace actions (search, comment, lock, archive), always with the current tenant's connected workspace:
/// never a server-wide token (the original's), and not a request's <c>notion_token</c> (ADR 54).
/// </summary>
public sealed class WorkspaceActions(NotionCredentials credentials, NotionClient notion)
{
    public const int MaxQueryLength = 200;
    public const int MaxCommentLength = 2000;

    public async Task<WorkspaceSearchView> SearchAsync(string? query, string? cursor, CancellationToken ct)
    {
        if (query is { Length: > MaxQueryLength }) throw NotionForgeErrors.InvalidInput("q", $"The search text is longer than {MaxQueryLength} characters.");
        if (cursor is { Length: > 256 }) throw NotionForgeErrors.InvalidInput("cursor", "The cursor is not one this API returned.");
        var token = await TokenAsync(ct);
        var page = await NotionFailures.CallAsync(() => notion.SearchAsync(token, query?.Trim(), startCursor: cursor, pageSize: 100, ct: ct));
        return new WorkspaceSearchView([.. page.Results.Select(Item)], page.Results.Count, page.HasMore, page.NextCursor);
    }

    public async Task<CommentView> CommentAsync(string pageId, string? text, CancellationToken ct)
    {
        var id = NotionIds.Normalize(pageId, "page_id");
        if (string.IsNullOrWhiteSpace(text)) throw NotionForgeErrors.InvalidInput("text", "Send the comment's text.");
        if (text.Length > MaxCommentLength) throw NotionForgeErrors.InvalidInput("text", $"A comment is at most {MaxCommentLength} characters.");
        var token = await TokenAsync(ct);
        var comment = await NotionFailures.CallAsync(() => notion.CreateCommentAsync(token, id, text.Trim(), ct));
        return new CommentView(comment.Id, id);
    }

    public async Task<PageLockView> SetLockedAsync(string pageId, bool locked, CancellationToken ct)
    {
        var id = NotionIds.Normalize(pageId, "page_id");
        var token = await TokenAsync(ct);
        await NotionFailures.CallAsync(() => notion.SetPageLockedAsync(token, id, locked, ct));
        return new PageLockView(id, locked);
    }

    /// <summary>The seed's "archive": since Notion-Version 2025-09-03 a page is moved to the trash (<c>in_trash</c>).</summary>
    public async Task<PageArchiveView> ArchiveAsync(string pageId, CancellationToken ct)
    {
        var id = NotionIds.Normalize(pageId, "page_id");
        var token = await TokenAsync(ct);
        await NotionFailures.CallAsync(() => notion.UpdatePageAsync(token, id, inTrash: true, ct: ct));
        return new PageArchiveView(id, true);
    }

    /// <summary>The connection only: none is <c>NOT_FOUND</c> <c>connection</c>, as for any missing resource (ADR 62).</summary>
    private Task<string> TokenAsync(CancellationToken ct) => credentials.ConnectionTokenAsync(ct);

    private static WorkspaceItemView Item(NotionObject o)
    {
        var json = o.Json;
        var edited = json.TryGetProperty("last_edited_time", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new WorkspaceItemView(o.Id, o.Object, Title(json), o.Url, edited);
    }

    /// <summary>A page's title property or a data source's title, as plain text.</summary>
    private static string Title(JsonElement json)
    {
        JsonElement rich = default;
        if (json.TryGetProperty("title", out var direct) && direct.ValueKind == JsonValueKind.Array) rich = direct;
        else if (json.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
            foreach (var p in props.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Array)
                {
                    rich = title;
                    break;
                }
        if (rich.ValueKind != JsonValueKind.Array) return "";
        return string.Concat(rich.EnumerateArray().Select(r =>
            r.TryGetProperty("plain_text", out var plain) ? plain.GetString()
            : r.TryGetProperty("text", out var text) && text.TryGetProperty("content", out var content) ? content.GetString() : ""));
    }
}

/// <summary>One page or data source the connection can see.</summary>
public sealed record WorkspaceItemView(string Id, string Object, string Title, string? Url, string? LastEditedTime);

/// <summary><c>GET /api/templates/search</c>: Notion's first page of results (up to 100), with its cursor.</summary>
public sealed record WorkspaceSearchView(IReadOnlyList<WorkspaceItemView> Results, int Count, bool HasMore, string? NextCursor);

public sealed record CommentView(string CommentId, string PageId);

public sealed record PageLockView(string PageId, bool Locked);

public sealed record PageArchiveView(string PageId, bool InTrash);
