using Forge.Host.Caching;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Host.Features;

/// <summary>
/// Resolves a feature for a tenant: tenant override, else the edition's value, else the code
/// default. A tenant's overrides are cached together; a change anywhere ends the cache generation
/// on every host (ADR 24).
/// </summary>
public sealed class FeatureStore(IEnumerable<FeatureDefinition> definitions, IMemoryCache cache, PlatformCacheGeneration generation,
    IServiceScopeFactory scopes, TenantCache tenants)
{
    private readonly Dictionary<string, FeatureDefinition> _definitions =
        definitions.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<FeatureDefinition> Definitions => _definitions.Values;

    public FeatureDefinition Get(string name) =>
        _definitions.TryGetValue(name, out var definition)
            ? definition
            : throw new KeyNotFoundException($"Feature '{name}' is not defined. Defined: {string.Join(", ", _definitions.Keys.Order())}.");

    public bool IsDefined(string name) => _definitions.ContainsKey(name);

    public async Task<string> GetValueAsync(Guid? tenantId, string name, CancellationToken ct)
    {
        var definition = Get(name);
        if (tenantId is not { } id) return definition.DefaultValue;
        var overrides = await GetOverridesAsync(id, ct);
        if (overrides.TryGetValue(definition.Name, out var value)) return value;
        var tenant = await tenants.FindAsync(id, ct);
        return tenant is not null && definition.EditionValues.TryGetValue(tenant.Edition, out var editionValue)
            ? editionValue
            : definition.DefaultValue;
    }

    private async Task<IReadOnlyDictionary<string, string>> GetOverridesAsync(Guid tenantId, CancellationToken ct) =>
        (await cache.GetOrReadAsync<IReadOnlyDictionary<string, string>>(generation, ("features", tenantId), async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.FeatureValues.IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.TenantId == tenantId)
                .ToDictionaryAsync(f => f.Name, f => f.Value, StringComparer.OrdinalIgnoreCase, ct);
        }))!;
}
