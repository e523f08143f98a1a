using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.TestModules.Tally;

/// <summary>Tally's own context: its counters, and (from the kernel) its job outbox and idempotency keys (ADR 32).</summary>
public abstract class TallyDbContext(DbContextOptions options, ICurrentTenant currentTenant) : ForgeDbContext(options, currentTenant)
{
    public DbSet<TallyCounter> Counters => Set<TallyCounter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TallyCounter>(e =>
        {
            e.ToTable("test_tally_counters");
            e.Property(c => c.Label).HasMaxLength(100);
            e.HasIndex(c => c.Label);
        });
}

/// <summary>A tenant's counter: made by an idempotent POST, changed afterwards by hits.</summary>
public sealed class TallyCounter : IMultiTenant
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; set; }
    public required string Label { get; init; }
    public int Amount { get; init; }
    public int Hits { get; set; }
}

public sealed class SqliteTallyDbContext(DbContextOptions<SqliteTallyDbContext> o, ICurrentTenant t) : TallyDbContext(o, t);
public sealed class PostgreSqlTallyDbContext(DbContextOptions<PostgreSqlTallyDbContext> o, ICurrentTenant t) : TallyDbContext(o, t);
public sealed class SqlServerTallyDbContext(DbContextOptions<SqlServerTallyDbContext> o, ICurrentTenant t) : TallyDbContext(o, t);

internal sealed class SqliteTallyDesignFactory() : ForgeDesignTimeDbContextFactory<SqliteTallyDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlTallyDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlTallyDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerTallyDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerTallyDbContext>(DatabaseProvider.SqlServer);
