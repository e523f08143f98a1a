using Forge.Host.Audit;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole;

/// <summary>Audit entries with the names of the tenants they concern, for the audit table.</summary>
public sealed record AuditRows(IReadOnlyList<AuditEntry> Entries, IReadOnlyDictionary<Guid, string> TenantNames)
{
    public string TenantName(Guid id) => TenantNames.TryGetValue(id, out var name) ? name : id.ToString()[..8];

    public static async Task<AuditRows> LoadAsync(PlatformDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.Where(e => e.TenantId is not null).Select(e => e.TenantId!.Value).Distinct().ToList();
        var names = await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new AuditRows(entries, names);
    }
}
