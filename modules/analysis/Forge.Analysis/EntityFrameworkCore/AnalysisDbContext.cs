using Forge.Analysis.Domain.Analyses;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.EntityFrameworkCore;

/// <summary>The Analysis module's own context: analyses, plus (from the kernel) its job outbox and idempotency keys.</summary>
public abstract class AnalysisDbContext(DbContextOptions options, ICurrentTenant currentTenant) : ForgeDbContext(options, currentTenant)
{
    public const string ConnectionName = "Analysis";

    public DbSet<Domain.Analyses.AnalysisRun> Analyses => Set<Domain.Analyses.AnalysisRun>();
    public DbSet<AnalysisBatch> Batches => Set<AnalysisBatch>();

    public const string AnalysesTable = "analysis_analyses";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AnalysisBatch>(e =>
        {
            e.ToTable("analysis_batches");
            e.HasKey(b => b.Id);
            e.Property(b => b.Id).HasMaxLength(36);
            e.Property(b => b.Status).HasMaxLength(16);
            e.Property(b => b.WebhookUrl).HasMaxLength(2048);
            e.Property(b => b.WebhookSecret).HasMaxLength(512);
        });
        modelBuilder.Entity<Domain.Analyses.AnalysisRun>(e =>
        {
            e.ToTable(AnalysesTable);
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(36);
            e.Property(a => a.Status).HasMaxLength(16);
            e.Property(a => a.ResumeType).HasMaxLength(8);
            e.Property(a => a.PostingType).HasMaxLength(8);
            e.Property(a => a.WebhookUrl).HasMaxLength(2048);
            e.Property(a => a.WebhookSecret).HasMaxLength(512);
            e.Property(a => a.ErrorCode).HasMaxLength(32);
            e.Property(a => a.ErrorMessage).HasMaxLength(1000);
            e.Property(a => a.RequestId).HasMaxLength(255);
            e.Ignore(a => a.CreditReference);
            // The list: a tenant's analyses newest first (keyset on CreatedAt, Id).
            e.HasIndex(a => new { a.TenantId, a.Sandbox, a.CreatedAt, a.Id });
            e.Property(a => a.BatchId).HasMaxLength(36);
            e.Property(a => a.ReferenceId).HasMaxLength(255);
            e.HasIndex(a => new { a.BatchId, a.BatchPosition });
        });
    }
}

public sealed class SqliteAnalysisDbContext(DbContextOptions<SqliteAnalysisDbContext> o, ICurrentTenant t) : AnalysisDbContext(o, t);
public sealed class PostgreSqlAnalysisDbContext(DbContextOptions<PostgreSqlAnalysisDbContext> o, ICurrentTenant t) : AnalysisDbContext(o, t);
public sealed class SqlServerAnalysisDbContext(DbContextOptions<SqlServerAnalysisDbContext> o, ICurrentTenant t) : AnalysisDbContext(o, t);

// Used by `dotnet ef migrations add` (etc/scripts/add-migration.sh) only.
internal sealed class SqliteAnalysisDesignFactory() : ForgeDesignTimeDbContextFactory<SqliteAnalysisDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlAnalysisDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlAnalysisDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerAnalysisDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerAnalysisDbContext>(DatabaseProvider.SqlServer);
