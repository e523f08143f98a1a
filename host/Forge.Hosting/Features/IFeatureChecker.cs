namespace Forge.Hosting.Features;

/// <summary>Reads feature values for the current tenant (code default → edition → tenant override).</summary>
public interface IFeatureChecker
{
    Task<string> GetValueAsync(string name, CancellationToken cancellationToken = default);

    async Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken = default) =>
        bool.TryParse(await GetValueAsync(name, cancellationToken), out var enabled) && enabled;

    async Task<long> GetIntegerAsync(string name, CancellationToken cancellationToken = default) =>
        long.Parse(await GetValueAsync(name, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
}
