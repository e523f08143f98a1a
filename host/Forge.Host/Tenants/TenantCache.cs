using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.Tenants;

/// <summary>Tenant name, edition and state for every authenticated request, cached and invalidated on change.</summary>
public sealed class TenantCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<TenantSnapshot?> FindAsync(Guid tenantId, CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key(tenantId), out TenantSnapshot? snapshot)) return snapshot;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        snapshot = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new TenantSnapshot(t.Id, t.Name, t.Edition, t.State))
            .FirstOrDefaultAsync(ct);
        cache.Set(Key(tenantId), snapshot, Lifetime);
        return snapshot;
    }

    public void Invalidate(Guid tenantId) => cache.Remove(Key(tenantId));

    private static string Key(Guid tenantId) => $"tenant:{tenantId}";
}

public sealed record TenantSnapshot(Guid Id, string Name, string Edition, TenantState State);
