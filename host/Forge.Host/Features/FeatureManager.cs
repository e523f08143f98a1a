using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Features;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Features;

/// <summary>Sets and lists a tenant's feature values (operator and console).</summary>
public sealed class FeatureManager(PlatformDbContext db, FeatureStore store, ICurrentTenant currentTenant)
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
        store.Invalidate(tenant.Id);
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
            var overridden = overrides.Any(o => o.Name.Equals(definition.Name, StringComparison.OrdinalIgnoreCase));
            result.Add(new FeatureValueView(definition.Name, value, overridden ? "tenant" : definition.EditionValues.ContainsKey(tenant.Edition) ? "edition" : "default"));
        }
        return result;
    }
}

public sealed record FeatureValueView(string Name, string Value, string Source);
