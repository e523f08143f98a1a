using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Data;
using Forge.Host.OAuth;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.Identity;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Seeding;

/// <summary>
/// On the first start with an empty database: a demo Enterprise tenant, a key per product, an
/// OAuth client and a host admin, printed once. Secrets are not stored anywhere in plaintext, so
/// they can never be printed again.
/// </summary>
public sealed class DemoSeeder(
    PlatformDbContext db,
    TenantManager tenants,
    ApiKeyManager keys,
    OAuthClientManager clients,
    AdminUserManager admins,
    ICreditLedger credits)
{
    public async Task<DemoCredentials?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Tenants.AnyAsync(ct) || await db.Users.AnyAsync(ct)) return null;

        var tenant = await tenants.CreateAsync("demo", Editions.Enterprise, ct);
        var productKeys = new Dictionary<string, string>();
        foreach (var product in Products.All)
            productKeys[product] = (await keys.CreateAsync(tenant, product, null, ct: ct)).Plaintext;
        var (client, secret) = await clients.CreateAsync(tenant, Products.All.ToList(), ct);
        var (admin, password) = await admins.CreateAsync("admin@forge.local", null);
        await credits.GrantAsync(tenant.Id, 1000, "Demo credits", "demo-seed", ct);
        return new DemoCredentials(tenant.Name, productKeys, client.ClientId, secret, admin.Email!, password);
    }
}

public sealed record DemoCredentials(
    string TenantName,
    IReadOnlyDictionary<string, string> ApiKeys,
    string ClientId,
    string ClientSecret,
    string AdminEmail,
    string AdminPassword)
{
    public string Describe(string baseUrl) => $"""

        ==================== Forge: first start ====================
        Created demo tenant '{TenantName}' (Enterprise) with 1000 credits.
        These secrets are shown ONCE and are not stored in plaintext:

          Fortune key      (X-API-Key)     {ApiKeys[Products.Fortune]}
          Analysis key     (Miri-Api-Key)  {ApiKeys[Products.Analysis]}
          NotionForge key  (X-API-Key)     {ApiKeys[Products.NotionForge]}
          OAuth client     {ClientId}
          OAuth secret     {ClientSecret}
          Host admin       {AdminEmail} / {AdminPassword}

        Try it:
          curl -H "X-API-Key: {ApiKeys[Products.Fortune]}" {baseUrl}/api/platform/whoami
          curl -d grant_type=client_credentials -d client_id={ClientId} -d client_secret={ClientSecret} {baseUrl}/connect/token
        =============================================================

        """;
}
