using System.Data.Common;
using Forge.Hosting.Data;
using Forge.Hosting.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Diagnostics;

/// <summary>
/// A real round trip to <typeparamref name="TContext"/>'s database (<c>SELECT 1</c> on an open connection, timed) and,
/// on PostgreSQL, the pool's figures for this connection string. Opening the connection is not timed (a new physical
/// connection's handshake is not the database being slow) but must finish within the timeout too. Over a plain
/// provider connection: a status check every minute builds no EF model (ADR 77).
/// </summary>
public sealed class DatabaseProbe<TContext>(IEnumerable<ContextDatabase> databases, IConnectionPoolMetrics poolMetrics) : IDatabaseProbe<TContext>
    where TContext : DbContext
{
    private readonly ContextDatabase _database = databases.Of<TContext>();

    public async Task<DatabaseProbeResult> PingAsync(TimeSpan timeout, CancellationToken ct)
    {
        var provider = ProviderName(_database.Provider);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        double latency;
        try
        {
            latency = (await _database.RoundTripAsync(deadline.Token)).TotalMilliseconds;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new DatabaseProbeResult(provider, false, null, null, $"No answer within {timeout.TotalMilliseconds:0} ms.");
        }
        catch (DbException e)
        {
            return new DatabaseProbeResult(provider, false, null, null, $"The database refused the probe: {e.GetType().Name}.");
        }
        catch (InvalidOperationException e)
        {
            // Npgsql reports an exhausted pool (timeout waiting for a connection) this way.
            return new DatabaseProbeResult(provider, false, null, null, $"No connection available: {e.GetType().Name}.");
        }
        var pool = _database.Provider == DatabaseProvider.PostgreSql ? poolMetrics.ForConnectionString(_database.ConnectionString) : null;
        return new DatabaseProbeResult(provider, true, latency, pool, null);
    }

    private static string ProviderName(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "postgresql",
        DatabaseProvider.SqlServer => "sqlserver",
        _ => "sqlite",
    };
}
