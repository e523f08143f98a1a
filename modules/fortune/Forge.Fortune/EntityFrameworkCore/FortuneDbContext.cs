using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Idempotency;
using Forge.Fortune.Domain.Profiles;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.EntityFrameworkCore;

/// <summary>The Fortune module's tables (<c>fortune_…</c>); one sealed subclass per provider carries its migrations.</summary>
public abstract class FortuneDbContext(DbContextOptions options, ICurrentTenant currentTenant) : ForgeDbContext(options, currentTenant)
{
    public const string ConnectionName = "Fortune";

    public DbSet<Profile> Profiles => Set<Profile>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StoredFortune> Fortunes => Set<StoredFortune>();
    public DbSet<FortuneGeneration> FortuneGenerations => Set<FortuneGeneration>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Profile>(e =>
        {
            e.ToTable("fortune_profiles");
            e.Property(p => p.Id).HasMaxLength(32);
            e.Property(p => p.ExternalId).HasMaxLength(255);
            e.Property(p => p.NameEncrypted).HasMaxLength(512);
            e.Property(p => p.BirthDataEncrypted).HasMaxLength(2048);
            e.Property(p => p.Gender).HasMaxLength(8);
            e.Property(p => p.DayMaster).HasMaxLength(8);
            e.Property(p => p.DayMasterElement).HasMaxLength(8);
            e.Property(p => p.WeakestElement).HasMaxLength(8);
            e.HasIndex(p => new { p.TenantId, p.ExternalId }).IsUnique();
            // Keyset pagination walks (created_at, id) within a tenant.
            e.HasIndex(p => new { p.TenantId, p.CreatedAt, p.Id });
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("fortune_audit_entries");
            e.Property(a => a.Id).HasMaxLength(32);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.ResourceType).HasMaxLength(32);
            e.Property(a => a.ResourceId).HasMaxLength(64);
            e.Property(a => a.ActorIp).HasMaxLength(64);
            e.Property(a => a.ActorApiKey).HasMaxLength(64);
            e.Property(a => a.ActorClientId).HasMaxLength(100);
            e.Property(a => a.RequestId).HasMaxLength(64);
            e.Property(a => a.UserAgent).HasMaxLength(512);
            e.Property(a => a.Endpoint).HasMaxLength(512);
            e.HasIndex(a => new { a.TenantId, a.CreatedAt, a.Id });
        });
        FortuneModel.Configure(modelBuilder);
    }
}

public sealed class SqliteFortuneDbContext(DbContextOptions<SqliteFortuneDbContext> o, ICurrentTenant t) : FortuneDbContext(o, t);
public sealed class PostgreSqlFortuneDbContext(DbContextOptions<PostgreSqlFortuneDbContext> o, ICurrentTenant t) : FortuneDbContext(o, t);
public sealed class SqlServerFortuneDbContext(DbContextOptions<SqlServerFortuneDbContext> o, ICurrentTenant t) : FortuneDbContext(o, t);
