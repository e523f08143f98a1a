using Forge.Host.Caching;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Features;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Features;

/// <summary>Sets and lists a tenant's feature values (operator and console).</summary>
public sealed class FeatureManager(PlatformDbContext db, FeatureStore store, ICurrentTenant currentTenant, PlatformChanges changes)
{
    public async Task SetAsync(Tenant tenant, string name, string value, CancellationToken ct = default)
    {
        if (!store.IsDefined(name))
        {
            var defined = store.Definitions.Select(d => d.Name).Order().ToList();
            throw new PlatformValidationException("feature", $"Unknown feature '{name}'. " +
                (defined.Count == 0 ? "No loaded module defines any features." : $"Defined: {string.Join(", ", defined)}."));
        }
        var definition = store.Get(name);
        if (!definition.Accepts(value))
            throw new PlatformValidationException("value", $"'{value}' is not a valid {definition.ValueType.ToString().ToLowerInvariant()} for {definition.Name}.");

        var stored = definition.ValueType == FeatureValueType.Boolean ? value.ToLowerInvariant() : value;

        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var existing = await db.FeatureValues.FirstOrDefaultAsync(f => f.Name == definition.Name, ct);
            if (existing is null)
                db.FeatureValues.Add(new TenantFeatureValue { Id = Guid.CreateVersion7(), Name = definition.Name, Value = stored });
            else
                existing.Value = stored;
            await db.SaveChangesAsync(ct);
        }
        await changes.PublishAsync(ct);
    }

    /// <summary>Removes a tenant override: the edition value (or the default) applies again.</summary>
    public async Task<bool> ClearAsync(Tenant tenant, string name, CancellationToken ct = default)
    {
        int removed;
        using (currentTenant.Change(tenant.Id, tenant.Name))
            removed = await db.FeatureValues.Where(f => f.Name == name).ExecuteDeleteAsync(ct);
        await changes.PublishAsync(ct);
        return removed > 0;
    }

    public async Task<IReadOnlyList<FeatureValueView>> ListAsync(Tenant tenant, CancellationToken ct = default)
    {
        List<TenantFeatureValue> overrides;
        using (currentTenant.Change(tenant.Id, tenant.Name))
            overrides = await db.FeatureValues.AsNoTracking().ToListAsync(ct);
        var result = new List<FeatureValueView>();
        foreach (var definition in store.Definitions.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var value = await store.GetValueAsync(tenant.Id, definition.Name, ct);
            var tenantValue = overrides.FirstOrDefault(o => o.Name.Equals(definition.Name, StringComparison.OrdinalIgnoreCase))?.Value;
            var editionValue = definition.EditionValues.GetValueOrDefault(tenant.Edition);
            result.Add(new FeatureValueView(definition.Name, value, tenantValue is not null ? "tenant" : editionValue is not null ? "edition" : "default")
            {
                ValueType = definition.ValueType,
                Description = definition.Description,
                DefaultValue = definition.DefaultValue,
                EditionValue = editionValue,
                OverrideValue = tenantValue,
            });
        }
        return result;
    }
}

/// <summary>A feature's effective value for a tenant and where it comes from: default, edition or tenant (override).</summary>
public sealed record FeatureValueView(string Name, string Value, string Source)
{
    public FeatureValueType ValueType { get; init; }
    public string? Description { get; init; }
    public string DefaultValue { get; init; } = "";
    public string? EditionValue { get; init; }
    public string? OverrideValue { get; init; }
}
