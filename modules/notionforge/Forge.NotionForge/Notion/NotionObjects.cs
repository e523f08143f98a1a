using System.Text.Json;

namespace Forge.NotionForge.Notion;

/// <summary>An object Notion returned (page, block, database, data source, user, comment), with its JSON.</summary>
public sealed record NotionObject(JsonElement Json)
{
    public string Id => Json.GetProperty("id").GetString()!;
    public string Object => Json.GetProperty("object").GetString()!;
    public string? Url => Json.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
}

/// <summary>A database Notion created, with the id of the data source that holds its schema and rows.</summary>
public sealed record NotionDatabase(JsonElement Json, string DataSourceId)
{
    public string Id => Json.GetProperty("id").GetString()!;
    public string? Url => Json.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
}

/// <summary>One page of a Notion list (<c>{object:"list", results, next_cursor, has_more}</c>).</summary>
public sealed record NotionList(IReadOnlyList<NotionObject> Results, string? NextCursor, bool HasMore)
{
    internal static NotionList From(JsonElement json) => new(
        [.. json.GetProperty("results").EnumerateArray().Select(e => new NotionObject(e))],
        json.TryGetProperty("next_cursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
        json.TryGetProperty("has_more", out var m) && m.ValueKind == JsonValueKind.True);
}

/// <summary>Notion's answer to an OAuth code exchange (reference §5); the token is a secret: never log it.</summary>
public sealed record NotionOAuthGrant(
    string AccessToken, string? RefreshToken, string BotId, string WorkspaceId, string? WorkspaceName, string? WorkspaceIcon, JsonElement Owner)
{
    public override string ToString() => $"NotionOAuthGrant {{ WorkspaceId = {WorkspaceId}, BotId = {BotId} }}";

    internal static NotionOAuthGrant From(JsonElement json)
    {
        string? S(string name) => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new NotionOAuthGrant(S("access_token")!, S("refresh_token"), S("bot_id") ?? "", S("workspace_id") ?? "",
            S("workspace_name"), S("workspace_icon"), json.TryGetProperty("owner", out var owner) ? owner.Clone() : default);
    }
}
