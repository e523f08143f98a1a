using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

/// <summary>A context whose module declares an unnamed filter, which cannot sit beside the tenant filter.</summary>
public sealed class UnnamedFilterDbContext(DbContextOptions<UnnamedFilterDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    public DbSet<Document> Documents => Set<Document>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Document>().HasQueryFilter(d => !d.Archived);
}
