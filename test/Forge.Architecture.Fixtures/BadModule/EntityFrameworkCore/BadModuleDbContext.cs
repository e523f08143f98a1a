using Forge.BadModule.Domain;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.BadModule.EntityFrameworkCore;

public sealed class BadModuleDbContext(DbContextOptions<BadModuleDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    public DbSet<LeakyOrder> Orders => Set<LeakyOrder>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<LeakyOrder>().Ignore(o => o.Context);
}
