using Forge.Host.Caching;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.OAuth;

/// <summary>
/// Whether an OAuth client is revoked: access tokens are self-contained, so a revoked client's
/// unexpired tokens are refused by this check. Served from memory; a revocation anywhere ends the
/// cache generation on every host within a second (ADR 24).
/// </summary>
public sealed class RevokedClientCache(IMemoryCache cache, PlatformCacheGeneration generation, IServiceScopeFactory scopes)
{
    public Task<bool> IsRevokedAsync(string clientId, CancellationToken ct = default) =>
        cache.GetOrReadAsync(generation, ("oauth-client-revoked", clientId), async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            // A client with no link row is as good as revoked: it can belong to no tenant.
            return !await db.OAuthClients.IgnoreQueryFilters().AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, ct);
        });
}
