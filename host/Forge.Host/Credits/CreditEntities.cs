using Forge.Hosting.Credits;
using Forge.Hosting.MultiTenancy;

namespace Forge.Host.Credits;

/// <summary>A tenant's available balance; changed only by conditional updates.</summary>
public sealed class CreditAccount : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public long Balance { get; set; }
}

public enum CreditEntryKind
{
    Grant,
    Reserve,
    Release,
    Expire,
}

/// <summary>An immutable ledger line; the entries of a tenant sum to its balance.</summary>
public sealed class CreditEntry : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public CreditEntryKind Kind { get; set; }
    public long Amount { get; set; }
    public string Reference { get; set; } = "";
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class CreditHold : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Reference { get; set; } = "";
    public long Amount { get; set; }
    public CreditReservationState State { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SettledAt { get; set; }
}
