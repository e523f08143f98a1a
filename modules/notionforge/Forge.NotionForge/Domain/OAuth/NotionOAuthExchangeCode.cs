using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.OAuth;

/// <summary>
/// The one-time code the callback hands the frontend instead of the token (seed §7): kept as its SHA-256, redeemed
/// once by the same tenant within its lifetime (60 s). The row stays after redemption so a repeat is told
/// <c>GONE</c> rather than "unknown"; the token itself is read from the tenant's connection, never copied here.
/// </summary>
public sealed class NotionOAuthExchangeCode : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public required string CodeHash { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RedeemedAt { get; set; }
}
