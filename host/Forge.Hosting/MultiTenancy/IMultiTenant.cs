namespace Forge.Hosting.MultiTenancy;

/// <summary>An entity owned by one tenant. The DbContext base filters and stamps <see cref="TenantId"/>.</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; set; }
}
