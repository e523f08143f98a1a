using Forge.Host.Caching;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.ApiKeys;

/// <summary>
/// What authentication needs of a key, read once per key id and then served from memory until a
/// platform change (revoke, suspend, …) ends the cache generation on every host (ADR 24). Unknown
/// key ids are not cached: they cost a query each, and cannot fill memory with guesses.
/// </summary>
public sealed class ApiKeyCache(IMemoryCache cache, PlatformCacheGeneration generation, IServiceScopeFactory scopes)
{
    public Task<ApiKeyCredential?> FindAsync(string keyId, CancellationToken ct) =>
        cache.GetOrReadAsync(generation, ("api-key", keyId), async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId, ct);
            return key is null ? null : new ApiKeyCredential(key.KeyId, key.TenantId!.Value, key.Product, key.SecretHash, key.State, key.ExpiresAt,
                key.Permissions.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }, cacheMissing: false);
}

/// <summary>An API key as authentication sees it (no hint, no last-used time).</summary>
public sealed record ApiKeyCredential(string KeyId, Guid TenantId, string Product, byte[] SecretHash, ApiKeyState State,
    DateTime? ExpiresAt, IReadOnlyList<string> Permissions);
