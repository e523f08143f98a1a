using Forge.Host.Caching;
using System.Security.Cryptography;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Forge.Host.OAuth;

/// <summary>Creates a tenant's confidential client; the secret is hashed by OpenIddict and shown once.</summary>
public sealed class OAuthClientManager(
    IOpenIddictApplicationManager applications, PlatformDbContext db, ICurrentTenant currentTenant, TimeProvider clock, PlatformChanges changes,
    IProductCatalog products)
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public async Task<(OAuthClient Client, string Secret)> CreateAsync(Tenant tenant, IReadOnlyCollection<string> scopes, CancellationToken ct = default)
    {
        var known = products.All.Select(p => p.Scope).ToList();
        var unknown = scopes.Where(s => !known.Contains(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
            throw new PlatformValidationException("scopes",
                $"Scopes must be a non-empty list of: {string.Join(", ", known)}" + (unknown.Count > 0 ? $" (unknown: {string.Join(", ", unknown)})." : "."));

        var clientId = "cli_" + RandomNumberGenerator.GetString(Alphabet, 20);
        var secret = RandomNumberGenerator.GetString(Alphabet, 40);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{tenant.Name} server app",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);

        var link = new OAuthClient
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            ClientId = clientId,
            Scopes = string.Join(' ', scopes.Distinct()),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // The link and the application in one transaction: OpenIddict's store saves through this
        // same scoped PlatformDbContext, so a failure leaves neither a link without an application
        // nor an application without its tenant (which could never get a token).
        var tracked = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            using (currentTenant.Change(tenant.Id, tenant.Name))
            {
                db.OAuthClients.Add(link);
                await db.SaveChangesAsync(ct);
            }
            await applications.CreateAsync(descriptor, ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            // Rolled back (on dispose): forget the entities this call added to the scope's context.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => !tracked.Contains(e.Entity)).ToList())
                entry.State = EntityState.Detached;
            throw;
        }
        return (link, secret);
    }

    public async Task<List<OAuthClient>> ListAsync(Tenant tenant, CancellationToken ct = default)
    {
        using (currentTenant.Change(tenant.Id, tenant.Name))
            return await db.OAuthClients.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
    }

    /// <summary>
    /// Revokes one of the tenant's clients: its OpenIddict application is deleted (its secret can
    /// never be exchanged again) and its tokens already issued are refused. Revocation is final.
    /// </summary>
    public async Task<OAuthClient> RevokeAsync(Tenant tenant, string clientId, CancellationToken ct = default)
    {
        OAuthClient link;
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            link = await db.OAuthClients.FirstOrDefaultAsync(c => c.ClientId == clientId, ct)
                   ?? throw new PlatformNotFoundException($"Tenant '{tenant.Name}' has no OAuth client '{clientId}'.");
            if (link.RevokedAt is not null) return link;
            link.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        if (await applications.FindByClientIdAsync(clientId, ct) is { } application)
            await applications.DeleteAsync(application, ct);
        await changes.PublishAsync(ct);
        return link;
    }
}
