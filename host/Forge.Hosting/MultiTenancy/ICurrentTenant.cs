namespace Forge.Hosting.MultiTenancy;

/// <summary>The tenant the current code runs for; null is the host (the platform operator).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable => Id.HasValue;

    /// <summary>Switches tenant until the returned scope is disposed, then restores the previous one.</summary>
    IDisposable Change(Guid? id, string? name = null);
}
