using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

public class Shape
{
    public Guid Id { get; set; }
}

/// <summary>Tenant-owned, but under a root that is not: EF could not filter it.</summary>
public sealed class TenantCircle : Shape, IMultiTenant
{
    public Guid? TenantId { get; set; }
}

public sealed class HierarchyDbContext(DbContextOptions<HierarchyDbContext> options, ICurrentTenant tenant) : ForgeDbContext(options, tenant)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Shape>();
        modelBuilder.Entity<TenantCircle>();
    }
}
