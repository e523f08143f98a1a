using System.Diagnostics.Metrics;
using Forge.Hosting.Diagnostics;

namespace Forge.Host.Diagnostics;

/// <summary>
/// Connection-pool figures of Npgsql, read from its OpenTelemetry-convention metrics (meter <c>Npgsql</c>:
/// <c>db.client.connection.count</c> by state idle/used, <c>db.client.connection.max</c>, per pool name).
/// Npgsql has no other public pool statistics; SQLite and SQL Server's client publish none, so they get none.
/// </summary>
public sealed class NpgsqlPoolMetrics : IConnectionPoolMetrics, IDisposable
{
    private const string MeterName = "Npgsql";
    private const string CountInstrument = "db.client.connection.count";
    private const string MaxInstrument = "db.client.connection.max";
    private const string PoolTag = "db.client.connection.pool.name";
    private const string StateTag = "db.client.connection.state";

    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PoolCounts> _pools = new(StringComparer.Ordinal);

    public NpgsqlPoolMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name is CountInstrument or MaxInstrument)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Observe(i.Name, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Observe(i.Name, v, tags));
        _listener.Start();
    }

    public PoolCounts? ForConnectionString(string connectionString) =>
        Read().GetValueOrDefault(NpgsqlPoolName.For(connectionString));

    /// <summary>The pools' current figures by pool name (Npgsql names a pool by its connection string without the password).</summary>
    public IReadOnlyDictionary<string, PoolCounts> Read()
    {
        lock (_lock)
        {
            _pools.Clear();
            // Runs Npgsql's observable callbacks now; their measurements arrive in Observe, on this thread.
            _listener.RecordObservableInstruments();
            return new Dictionary<string, PoolCounts>(_pools, StringComparer.Ordinal);
        }
    }

    private void Observe(string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? pool = null, state = null;
        foreach (var tag in tags)
        {
            if (tag.Key == PoolTag) pool = tag.Value as string;
            else if (tag.Key == StateTag) state = tag.Value as string;
        }
        if (pool is null) return;
        var counts = _pools.GetValueOrDefault(pool) ?? new PoolCounts(0, 0, 0);
        _pools[pool] = instrument == MaxInstrument
            ? counts with { Max = value }
            : state switch
            {
                "used" => counts with { Used = counts.Used + value },
                "idle" => counts with { Idle = counts.Idle + value },
                _ => counts,
            };
    }

    public void Dispose() => _listener.Dispose();
}
