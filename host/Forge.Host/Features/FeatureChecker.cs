using Forge.Hosting.Features;
using Forge.Hosting.MultiTenancy;

namespace Forge.Host.Features;

/// <summary>Feature values for the current tenant.</summary>
public sealed class FeatureChecker(FeatureStore store, ICurrentTenant currentTenant) : IFeatureChecker
{
    public Task<string> GetValueAsync(string name, CancellationToken cancellationToken = default) =>
        store.GetValueAsync(currentTenant.Id, name, cancellationToken);
}
