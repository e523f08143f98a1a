using Forge.Host.Caching;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.Tenants;

/// <summary>
/// Tenant name, edition and state for every authenticated request, from memory after the first
/// read; a change anywhere ends the cache generation on every host (ADR 24).
/// </summary>
public sealed class TenantCache(IMemoryCache cache, PlatformCacheGeneration generation, IServiceScopeFactory scopes)
{
    public Task<TenantSnapshot?> FindAsync(Guid tenantId, CancellationToken ct = default) =>
        cache.GetOrReadAsync(generation, ("tenant", tenantId), async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.Tenants.AsNoTracking()
                .Where(t => t.Id == tenantId)
                .Select(t => new TenantSnapshot(t.Id, t.Name, t.Edition, t.State))
                .FirstOrDefaultAsync(ct);
        });
}

public sealed record TenantSnapshot(Guid Id, string Name, string Edition, TenantState State);
