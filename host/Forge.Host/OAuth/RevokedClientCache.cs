using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.OAuth;

/// <summary>
/// Whether an OAuth client is revoked, cached briefly like tenants: access tokens are
/// self-contained, so a revoked client's unexpired tokens are refused by this check. The host that
/// revokes invalidates at once; other hosts notice within the cache lifetime.
/// </summary>
public sealed class RevokedClientCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<bool> IsRevokedAsync(string clientId, CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key(clientId), out bool revoked)) return revoked;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        // A client with no link row is as good as revoked: it can belong to no tenant.
        revoked = !await db.OAuthClients.IgnoreQueryFilters().AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, ct);
        cache.Set(Key(clientId), revoked, Lifetime);
        return revoked;
    }

    public void Invalidate(string clientId) => cache.Remove(Key(clientId));

    private static string Key(string clientId) => $"oauth-client-revoked:{clientId}";
}
