using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Idempotency;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Forge.Hosting.Data;

/// <summary>
/// Base for every module's DbContext (ABP's AbpDbContext): tenant query filter, tenant stamping
/// on insert, a refusal to save another tenant's rows, and a job outbox (<c>&lt;name&gt;_job_outbox</c>) so a
/// module stages jobs in the same <c>SaveChanges</c> as its rows (<see cref="JobOutbox.StageJob{TArgs}"/>, ADR 20),
/// and idempotency keys (<c>&lt;name&gt;_idempotency_keys</c>) so a product's claims live in its own database (ADR 32).
/// </summary>
public abstract class ForgeDbContext : DbContext, IMultiTenantDbContext, IJobOutboxDbContext, IIdempotencyDbContext
{
    private ICurrentTenant? _currentTenant;

    protected ForgeDbContext(DbContextOptions options, ICurrentTenant currentTenant) : base(options) => _currentTenant = currentTenant;

    /// <summary>
    /// For a pooled context (<c>AddForgeDbContext(..., pooled: true)</c>), whose constructor may take the options only:
    /// the tenant accessor is the application's singleton <see cref="ICurrentTenant"/>. The filter reads its
    /// <c>Id</c> (an async-local) at every query, so a context reused by another request or tenant sees that
    /// request's tenant, never the one it was built under (ADR 35).
    /// </summary>
    protected ForgeDbContext(DbContextOptions options) : base(options) { }

    public Guid? CurrentTenantId => CurrentTenant.Id;

    public DbSet<JobOutboxMessage> JobOutbox => Set<JobOutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    protected ICurrentTenant CurrentTenant => _currentTenant ??= this.GetService<ICurrentTenant>();

    /// <summary>Configure the module's entities here; the tenant filters are added afterwards.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureModel(modelBuilder);
        JobOutboxModel.Configure(modelBuilder, JobOutboxModel.TableFor(GetType()));
        IdempotencyModel.Configure(modelBuilder, IdempotencyModel.TableFor(GetType()));
        MultiTenancyModel.ApplyTenantFilters(modelBuilder, this);
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
