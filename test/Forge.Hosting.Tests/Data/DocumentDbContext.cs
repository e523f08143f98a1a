using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

/// <summary>A context whose module declares its own, named, query filter.</summary>
public sealed class DocumentDbContext(DbContextOptions<DocumentDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    public const string ArchivedFilter = "Archived";

    public DbSet<Document> Documents => Set<Document>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Document>().HasQueryFilter(ArchivedFilter, d => !d.Archived);
}
