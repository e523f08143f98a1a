using Forge.Host.Caching;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.ApiKeys;

/// <summary>Issues, lists and revokes keys. The plaintext key leaves this class once, on creation.</summary>
public sealed class ApiKeyManager(PlatformDbContext db, ICurrentTenant currentTenant, TimeProvider clock, PlatformChanges changes, IProductCatalog products)
{
    public async Task<(ApiKey Key, string Plaintext)> CreateAsync(Tenant tenant, string product, DateTimeOffset? expiresAt,
        IEnumerable<string>? permissions = null, CancellationToken ct = default)
    {
        // ADR 17: keys are issued for the products this host knows (served here or listed in Forge:Products).
        var definition = products.Find(product)
            ?? throw new PlatformValidationException("product", $"Product '{product}' is not one this host issues keys for; it must be one of: {string.Join(", ", products.All.Select(p => p.Name))}.");
        if (expiresAt is { } e && e <= clock.GetUtcNow())
            throw new PlatformValidationException("expires", "The expiry must be in the future.");

        var format = definition.ApiKey;
        var (keyId, plaintext) = format.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Product = product,
            KeyId = keyId,
            SecretHash = ApiKeyFormat.Hash(plaintext),
            Hint = format.HintFor(plaintext),
            State = ApiKeyState.Active,
            Permissions = string.Join(' ', permissions ?? []),
            ExpiresAt = expiresAt?.UtcDateTime,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(ct);
        }
        return (key, plaintext);
    }

    public async Task<List<ApiKey>> ListAsync(Tenant tenant, CancellationToken ct = default)
    {
        using (currentTenant.Change(tenant.Id, tenant.Name))
            return await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct);
    }

    /// <summary>Revokes by public key id (host operation: any tenant's key). Revocation is final.</summary>
    public Task<ApiKey> RevokeAsync(string keyId, CancellationToken ct = default) => SetStateAsync(keyId, ApiKeyState.Revoked, ct);

    /// <summary>Revokes one of <paramref name="tenant"/>'s keys; another tenant's key id is not found.</summary>
    public async Task<ApiKey> RevokeAsync(Tenant tenant, string keyId, CancellationToken ct = default)
    {
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            if (!await db.ApiKeys.AnyAsync(k => k.KeyId == keyId, ct))
                throw new PlatformNotFoundException($"Tenant '{tenant.Name}' has no API key '{keyId}'.");
        }
        return await RevokeAsync(keyId, ct);
    }

    /// <summary>Suspends (or resumes, with <see cref="ApiKeyState.Active"/>) a key that is not revoked.</summary>
    public async Task<ApiKey> SetStateAsync(string keyId, ApiKeyState state, CancellationToken ct = default)
    {
        keyId = CredentialText.Normalize(keyId) ?? throw new PlatformValidationException("key-id", $"A key id has {CredentialText.Rule}.");
        var key = await db.ApiKeys.IgnoreQueryFilters().FirstOrDefaultAsync(k => k.KeyId == keyId, ct)
                  ?? throw new PlatformNotFoundException($"No API key with id '{keyId}'.");
        if (key.State == ApiKeyState.Revoked && state != ApiKeyState.Revoked)
            throw new PlatformConflictException($"API key '{keyId}' is revoked; issue a new key instead.");
        using (currentTenant.Change(key.TenantId))
        {
            key.State = state;
            await db.SaveChangesAsync(ct);
        }
        await changes.PublishAsync(ct);
        return key;
    }
}
