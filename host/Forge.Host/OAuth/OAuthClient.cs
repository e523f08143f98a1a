using Forge.Hosting.MultiTenancy;

namespace Forge.Host.OAuth;

/// <summary>Links an OpenIddict application (a tenant's server app) to its tenant.</summary>
public sealed class OAuthClient : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string ClientId { get; set; } = "";
    public string Scopes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>Set when revoked: no new token is issued and tokens already issued are refused.</summary>
    public DateTime? RevokedAt { get; set; }
}
