using Forge.GoodModule.Domain;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.GoodModule.EntityFrameworkCore;

public sealed class GoodModuleDbContext(DbContextOptions<GoodModuleDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Invoice>();
}
