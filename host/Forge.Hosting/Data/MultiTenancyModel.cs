using System.Linq.Expressions;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Forge.Hosting.Data;

/// <summary>
/// The tenant rules every Forge DbContext applies: a query filter on <see cref="IMultiTenant"/>
/// entities, and on save a stamp of the current tenant on new rows and a refusal to write another
/// tenant's row. Shared by <see cref="ForgeDbContext"/> and contexts that must derive from another
/// base (the platform's Identity context).
/// </summary>
public static class MultiTenancyModel
{
    /// <summary>
    /// Name of the tenant query filter. It is a named filter so that a module's own filters (also
    /// named, e.g. "SoftDelete") live beside it and can be ignored without ignoring the tenant.
    /// </summary>
    public const string TenantFilterName = "Forge.Tenant";

    /// <summary>
    /// Applies <c>e.TenantId == context.CurrentTenantId</c> to every multi-tenant entity. The filter
    /// reads a member of the context instance, so EF sends the tenant as a parameter per query.
    /// </summary>
    public static void ApplyTenantFilters<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IMultiTenantDbContext
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(IMultiTenant).IsAssignableFrom(entityType.ClrType)) continue;
            if (entityType.BaseType is not null)
            {
                // EF puts filters on the root of a hierarchy only: a tenant-owned type under a
                // root that is not tenant-owned would go unfiltered without a word.
                if (!typeof(IMultiTenant).IsAssignableFrom(entityType.GetRootType().ClrType))
                    throw new InvalidOperationException(
                        $"{entityType.ClrType.Name} is IMultiTenant but its root type {entityType.GetRootType().ClrType.Name} is not; make the root implement IMultiTenant.");
                continue;
            }
            var parameter = Expression.Parameter(entityType.ClrType, "e");
            var tenantId = Expression.Property(parameter, nameof(IMultiTenant.TenantId));
            var current = Expression.Property(Expression.Constant(context), nameof(IMultiTenantDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(tenantId, current), parameter);
            // EF refuses to mix unnamed and named filters on one entity; say which entity and how to fix it.
            if (entityType.GetDeclaredQueryFilters().Any(f => f.IsAnonymous))
                throw new InvalidOperationException(
                    $"{entityType.ClrType.Name} declares an unnamed query filter; give it a name, e.g. " +
                    $"HasQueryFilter(\"SoftDelete\", ...), so it can sit beside the tenant filter '{TenantFilterName}'.");
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilterName, filter);
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(IMultiTenant.TenantId));
        }
    }

    /// <summary>Stamps new rows with the current tenant and refuses writes to another tenant's rows.</summary>
    public static void GuardTenantWrites(ChangeTracker changeTracker, Guid? currentTenantId)
    {
        foreach (var entry in changeTracker.Entries<IMultiTenant>())
        {
            switch (entry.State)
            {
                case EntityState.Added when entry.Entity.TenantId is null:
                    entry.Entity.TenantId = currentTenantId;
                    break;
                case EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    var owner = entry.State == EntityState.Added
                        ? entry.Entity.TenantId
                        : (Guid?)entry.Property(nameof(IMultiTenant.TenantId)).OriginalValue;
                    if (owner != currentTenantId || entry.Entity.TenantId != owner)
                        throw new CrossTenantWriteException(entry.Metadata.ClrType.Name, owner, currentTenantId);
                    break;
            }
        }
    }
}

/// <summary>A context whose tenant filter reads <see cref="CurrentTenantId"/> per query.</summary>
public interface IMultiTenantDbContext
{
    Guid? CurrentTenantId { get; }
}
