using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.EntityFrameworkCore;

/// <summary>
/// A real round trip to the Fortune database (<c>SELECT 1</c> on an open connection, timed) and, on
/// PostgreSQL, the pool's figures for this connection string. Opening the connection is not timed (a new
/// physical connection's handshake is not the database being slow) but must finish within the timeout too.
/// </summary>
public sealed class FortuneDatabaseProbe(FortuneDbContext db, NpgsqlPoolMetrics poolMetrics)
{
    public async Task<DatabaseProbeResult> PingAsync(TimeSpan timeout, CancellationToken ct)
    {
        var provider = db switch
        {
            PostgreSqlFortuneDbContext => "postgresql",
            SqlServerFortuneDbContext => "sqlserver",
            _ => "sqlite",
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        double latency;
        try
        {
            await db.Database.OpenConnectionAsync(deadline.Token);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT 1";
                var started = Stopwatch.GetTimestamp();
                await command.ExecuteScalarAsync(deadline.Token);
                latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
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
        return new DatabaseProbeResult(provider, true, latency, provider == "postgresql" ? Pool() : null, null);
    }

    private PoolCounts? Pool()
    {
        var connectionString = db.Database.GetConnectionString();
        if (connectionString is null) return null;
        var pools = poolMetrics.Read();
        return pools.GetValueOrDefault(NpgsqlPoolName.For(connectionString));
    }
}

/// <param name="Error">Why the database is unreachable, without server details.</param>
public sealed record DatabaseProbeResult(string Provider, bool Reachable, double? LatencyMs, PoolCounts? Pool, string? Error);
