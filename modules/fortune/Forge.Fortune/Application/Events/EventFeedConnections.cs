namespace Forge.Fortune.Application.Events;

/// <summary>
/// Open SSE connections per tenant on this host, against <c>MaxConnectionsPerTenant</c>. Per host, not
/// per cluster: with several hosts a tenant may hold the cap on each (ADR 12).
/// </summary>
public sealed class EventFeedConnections
{
    private readonly Dictionary<Guid, int> _open = [];

    /// <returns>A lease to dispose when the connection ends, or null when the tenant is at the cap.</returns>
    public IDisposable? TryAcquire(Guid tenant, int max)
    {
        lock (_open)
        {
            var count = _open.GetValueOrDefault(tenant);
            if (count >= max) return null;
            _open[tenant] = count + 1;
        }
        return new Lease(this, tenant);
    }

    public int OpenFor(Guid tenant)
    {
        lock (_open) return _open.GetValueOrDefault(tenant);
    }

    private void Release(Guid tenant)
    {
        lock (_open)
        {
            if (_open.GetValueOrDefault(tenant) <= 1) _open.Remove(tenant);
            else _open[tenant]--;
        }
    }

    private sealed class Lease(EventFeedConnections owner, Guid tenant) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release(tenant);
        }
    }
}
