namespace Forge.Hosting.MultiTenancy;

/// <summary>AsyncLocal-backed <see cref="ICurrentTenant"/>: flows with the logical call, never across requests.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantScope(id, name);
        return new Restore(previous);
    }

    private sealed record TenantScope(Guid? Id, string? Name);

    private sealed class Restore(TenantScope? previous) : IDisposable
    {
        private bool _disposed;
        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Current.Value = previous;
        }
    }
}
