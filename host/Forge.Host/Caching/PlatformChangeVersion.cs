namespace Forge.Host.Caching;

/// <summary>
/// One row whose version goes up with every change to tenants, keys, OAuth clients or feature
/// values. Hosts without Redis poll it to learn that their caches are stale (ADR 24).
/// </summary>
public sealed class PlatformChangeVersion
{
    public const int SingleRowId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
