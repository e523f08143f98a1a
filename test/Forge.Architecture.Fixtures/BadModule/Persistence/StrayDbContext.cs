using Forge.BadModule.Domain;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.BadModule.Persistence;

/// <summary>A DbContext outside the EntityFrameworkCore layer: the HttpApi rule must still recognise it.</summary>
public sealed class StrayDbContext(DbContextOptions<StrayDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Ignore<LeakyOrder>();
}
