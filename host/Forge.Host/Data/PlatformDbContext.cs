using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Caching;
using Forge.Host.BackgroundJobs;
using Forge.Host.Credits;
using Forge.Host.Features;
using Forge.Host.OAuth;
using Forge.Host.Tenants;
using Forge.Host.Usage;
using Forge.Host.Webhooks;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Data;

/// <summary>
/// The platform's own tables: tenants, credentials, features, credits, usage, jobs, webhooks,
/// plus ASP.NET Core Identity and OpenIddict. It derives from IdentityDbContext, so it applies the
/// kernel's tenant rules through <see cref="MultiTenancyModel"/> instead of ForgeDbContext, and maps the kernel's job
/// outbox (<c>platform_job_outbox</c>) itself, so a platform row and its job commit together as in a module (ADR 20, 61).
/// One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : IdentityDbContext<ForgeUser, ForgeRole, Guid>(options), IMultiTenantDbContext, IJobOutboxDbContext, IDataProtectionKeyContext
{
    public const string ConnectionName = "Platform";

    public Guid? CurrentTenantId => currentTenant.Id;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OAuthClient> OAuthClients => Set<OAuthClient>();
    public DbSet<TenantFeatureValue> FeatureValues => Set<TenantFeatureValue>();
    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();
    public DbSet<CreditEntry> CreditEntries => Set<CreditEntry>();
    public DbSet<CreditHold> CreditHolds => Set<CreditHold>();
    public DbSet<UsageDailyRow> UsageDaily => Set<UsageDailyRow>();
    public DbSet<BackgroundJobRecord> BackgroundJobs => Set<BackgroundJobRecord>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Forge.Host.AI.AiCallRow> AiCalls => Set<Forge.Host.AI.AiCallRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlatformChangeVersion> ChangeVersion => Set<PlatformChangeVersion>();

    /// <summary>Jobs staged with a platform row (<see cref="Forge.Hosting.BackgroundJobs.JobOutbox.StageJob{TArgs}"/>); the host's outbox dispatcher drains them.</summary>
    public DbSet<JobOutboxMessage> JobOutbox => Set<JobOutboxMessage>();

    /// <summary>The data-protection key ring when hosts share it through the database (<c>Forge:DataProtection:Store</c>, ADR 49).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        PlatformModel.Configure(builder);
        JobOutboxModel.Configure(builder, JobOutboxModel.TableFor(typeof(PlatformDbContext)));
        MultiTenancyModel.ApplyTenantFilters(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        MultiTenancyModel.GuardTenantWrites(ChangeTracker, CurrentTenantId);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        MultiTenancyModel.GuardTenantWrites(ChangeTracker, CurrentTenantId);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options, ICurrentTenant currentTenant)
    : PlatformDbContext(options, currentTenant);

public sealed class PostgreSqlPlatformDbContext(DbContextOptions<PostgreSqlPlatformDbContext> options, ICurrentTenant currentTenant)
    : PlatformDbContext(options, currentTenant);

public sealed class SqlServerPlatformDbContext(DbContextOptions<SqlServerPlatformDbContext> options, ICurrentTenant currentTenant)
    : PlatformDbContext(options, currentTenant);
