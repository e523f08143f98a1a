using Forge.Hosting.Connections;
using Forge.NotionForge.Domain.Connections;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Connections;

/// <summary>
/// The tenant's connected Notion workspace on the console's Connections page (ADR 54). Disconnecting deletes the
/// connection (and with it the encrypted token); requests then need <c>notion_token</c> or a new authorize.
/// </summary>
internal sealed class NotionConnectionSource(NotionForgeDbContext db) : ITenantConnectionSource
{
    public string Source => "notionforge.notion";

    public async Task<IReadOnlyList<TenantConnectionView>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Set<NotionConnection>().AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(c => new TenantConnectionView(Source, "Notion", c.Id.ToString(),
            string.IsNullOrWhiteSpace(c.WorkspaceName) ? c.WorkspaceId : c.WorkspaceName, DateTime.SpecifyKind(c.ConnectedAt, DateTimeKind.Utc)))];
    }

    public async Task<bool> DisconnectAsync(string id, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) && await db.Set<NotionConnection>().Where(c => c.Id == guid).ExecuteDeleteAsync(ct) > 0;
}
