using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Data;
using Forge.Host.OAuth;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
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
    ICreditLedger credits,
    IProductCatalog products)
{
    public async Task<DemoCredentials?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Tenants.AnyAsync(ct) || await db.Users.AnyAsync(ct)) return null;

        var tenant = await tenants.CreateAsync("demo", Editions.Enterprise, ct);
        var productKeys = new List<DemoKey>();
        foreach (var product in products.All)
            productKeys.Add(new DemoKey(product.DisplayName, product.ApiKey.Header, (await keys.CreateAsync(tenant, product.Name, null, ct: ct)).Plaintext));
        var (client, secret) = await clients.CreateAsync(tenant, products.All.Select(p => p.Scope).ToList(), ct);
        var (admin, password) = await admins.CreateAsync("admin@forge.local", null);
        await credits.GrantAsync(tenant.Id, 1000, "Demo credits", "demo-seed", ct);
        return new DemoCredentials(tenant.Name, productKeys, client.ClientId, secret, admin.Email!, password);
    }
}

/// <summary>A demo key with the product's name and the header it is sent in.</summary>
public sealed record DemoKey(string Product, string Header, string Key);

/// <param name="ApiKeys">One key per product, products served by this host's modules first.</param>
public sealed record DemoCredentials(
    string TenantName,
    IReadOnlyList<DemoKey> ApiKeys,
    string ClientId,
    string ClientSecret,
    string AdminEmail,
    string AdminPassword)
{
    public string Describe(string baseUrl)
    {
        var keyLines = string.Join("\n", ApiKeys.Select(k => $"  {(k.Product + " key").PadRight(16)} ({k.Header})".PadRight(33) + $" {k.Key}"));
        var first = ApiKeys[0];
        return $"""

        ==================== Forge: first start ====================
        Created demo tenant '{TenantName}' (Enterprise) with 1000 credits.
        These secrets are shown ONCE and are not stored in plaintext:

        {keyLines}
          OAuth client     {ClientId}
          OAuth secret     {ClientSecret}
          Host admin       {AdminEmail} / {AdminPassword}

        Try it:
          curl -H "{first.Header}: {first.Key}" {baseUrl}/api/platform/whoami
          curl -d grant_type=client_credentials -d client_id={ClientId} -d client_secret={ClientSecret} {baseUrl}/connect/token
        =============================================================

        """;
    }
}
