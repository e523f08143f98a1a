using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion;

public sealed partial class NotionClient
{
    /// <summary>Locks or unlocks a page against edits in Notion's UI (<c>PATCH /v1/pages/{id} {is_locked}</c>).</summary>
    public Task<NotionObject> SetPageLockedAsync(string token, string pageId, bool locked, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Patch, $"v1/pages/{Id(pageId)}", new JsonObject { ["is_locked"] = locked }, ct);
}
