using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Tests.Data;

/// <summary>
/// An <see cref="ICurrentTenant"/> pinned to one tenant and independent of the ambient one, so a
/// test can tell which context instance's tenant a query really used.
/// </summary>
public sealed class FixedTenant(Guid? id) : ICurrentTenant
{
    public Guid? Id { get; } = id;
    public string? Name => null;
    public IDisposable Change(Guid? id, string? name = null) => throw new NotSupportedException("A fixed tenant cannot change.");
}
