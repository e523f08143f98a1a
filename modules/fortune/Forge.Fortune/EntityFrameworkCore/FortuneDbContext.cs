using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Batches;
using Forge.Fortune.Domain.Events;
using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.Domain.Status;
using Forge.Fortune.Domain.Webhooks;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.EntityFrameworkCore;

/// <summary>The Fortune module's tables (<c>fortune_…</c>); one sealed subclass per provider carries its migrations.</summary>
/// <remarks>Pooled (ADR 35): the list and the other hot reads reuse contexts, so the constructors take the options only.</remarks>
public abstract class FortuneDbContext(DbContextOptions options) : ForgeDbContext(options)
{
    public const string ConnectionName = "Fortune";

    public DbSet<Profile> Profiles => Set<Profile>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<FortuneEvent> Events => Set<FortuneEvent>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<StoredFortune> Fortunes => Set<StoredFortune>();
    public DbSet<FortuneGeneration> FortuneGenerations => Set<FortuneGeneration>();
    public DbSet<FortuneBatch> Batches => Set<FortuneBatch>();
    public DbSet<FortuneBatchItem> BatchItems => Set<FortuneBatchItem>();

    /// <summary>The writing transaction's id, top level (xid8 as bigint; an INSERT's transaction always has one).</summary>
    internal const string PostgreSqlTransactionId = "pg_current_xact_id()::text::bigint";

    /// <summary>SQL Server's stand-in for a transaction id: the server's UTC time in µs since 2000 (ADR 12, second addendum).</summary>
    internal const string SqlServerInsertMicroseconds = "DATEDIFF_BIG(microsecond, CAST('2000-01-01' AS datetime2), SYSUTCDATETIME())";

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
        // Host-level: not IMultiTenant, so no tenant filter — every caller sees the service's incidents.
        modelBuilder.Entity<Incident>(e =>
        {
            e.ToTable(FortuneModel.IncidentsTable);
            e.Property(i => i.Id).HasMaxLength(32);
            e.Property(i => i.Component).HasMaxLength(32);
            e.Property(i => i.Status).HasMaxLength(16);
            e.Property(i => i.Message).HasMaxLength(512);
            e.Property(i => i.OpenComponent).HasMaxLength(32);
            e.HasIndex(i => i.OpenComponent).IsUnique();
            e.HasIndex(i => new { i.Status, i.ResolvedAt });
        });
        modelBuilder.Entity<FortuneEvent>(e =>
        {
            e.ToTable("fortune_events");
            // (transaction id, identity) is the feed's order and resume point; the evt_ id is what clients see.
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedOnAdd();
            // Filled by the database at INSERT; SQLite stores 0 (its sequence alone is commit order).
            if (this is PostgreSqlFortuneDbContext) e.Property(x => x.TransactionId).HasDefaultValueSql(PostgreSqlTransactionId);
            if (this is SqlServerFortuneDbContext) e.Property(x => x.TransactionId).HasDefaultValueSql(SqlServerInsertMicroseconds);
            e.Property(x => x.Id).HasMaxLength(32).IsRequired();
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.ProfileId).HasMaxLength(32);
            e.HasIndex(x => x.Id).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.TransactionId, x.Sequence }); // the feed's position order (ADR 12, second addendum)
            e.HasIndex(x => new { x.DispatchedAt, x.CreatedAt });
        });
        modelBuilder.Entity<Webhook>(e =>
        {
            e.ToTable("fortune_webhooks");
            e.Property(w => w.Id).HasMaxLength(32);
            e.Property(w => w.Url).HasMaxLength(2048);
            e.Property(w => w.EventList).HasMaxLength(512);
            e.Property(w => w.Description).HasMaxLength(200);
            e.Property(w => w.SecretEncrypted).HasMaxLength(512);
            e.Ignore(w => w.Events);
            e.HasIndex(w => new { w.TenantId, w.CreatedAt, w.Id });
        });
        FortuneModel.Configure(modelBuilder);
        FortuneBatchModel.Configure(modelBuilder);
    }
}

public sealed class SqliteFortuneDbContext(DbContextOptions<SqliteFortuneDbContext> o) : FortuneDbContext(o);
public sealed class PostgreSqlFortuneDbContext(DbContextOptions<PostgreSqlFortuneDbContext> o) : FortuneDbContext(o);
public sealed class SqlServerFortuneDbContext(DbContextOptions<SqlServerFortuneDbContext> o) : FortuneDbContext(o);
