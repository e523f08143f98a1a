using Microsoft.AspNetCore.Identity;

namespace Forge.Host.Accounts;

/// <summary>A console user: a host admin (no tenant) or a tenant admin.</summary>
public sealed class ForgeUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }
}

public sealed class ForgeRole : IdentityRole<Guid>
{
    public const string HostAdmin = "host-admin";
    public const string TenantAdmin = "tenant-admin";
}
