using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

/// <summary>A minimal module-style context over the kernel base, created with EnsureCreated (no migrations).</summary>
public sealed class MemoDbContext(DbContextOptions<MemoDbContext> options, ICurrentTenant currentTenant)
    : ForgeDbContext(options, currentTenant)
{
    public DbSet<Memo> Memos => Set<Memo>();
    public DbSet<SharedSetting> Settings => Set<SharedSetting>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Memo>().ToTable("memos");
        modelBuilder.Entity<SharedSetting>().ToTable("shared_settings");
    }
}
