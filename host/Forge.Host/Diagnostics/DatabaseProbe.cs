using System.Data.Common;
using System.Diagnostics;
using Forge.Hosting.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Diagnostics;

/// <summary>
/// A real round trip to <typeparamref name="TContext"/>'s database (<c>SELECT 1</c> on an open connection, timed) and,
/// on PostgreSQL, the pool's figures for this connection string. Opening the connection is not timed (a new physical
/// connection's handshake is not the database being slow) but must finish within the timeout too.
/// </summary>
public sealed class DatabaseProbe<TContext>(TContext db, IConnectionPoolMetrics poolMetrics) : IDatabaseProbe<TContext>
    where TContext : DbContext
{
    public async Task<DatabaseProbeResult> PingAsync(TimeSpan timeout, CancellationToken ct)
    {
        var provider = ProviderOf(db);
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
        var connectionString = db.Database.GetConnectionString();
        var pool = provider == "postgresql" && connectionString is not null ? poolMetrics.ForConnectionString(connectionString) : null;
        return new DatabaseProbeResult(provider, true, latency, pool, null);
    }

    private static string ProviderOf(DbContext context) => context.Database.ProviderName switch
    {
        { } name when name.Contains("Npgsql", StringComparison.Ordinal) => "postgresql",
        { } name when name.Contains("SqlServer", StringComparison.Ordinal) => "sqlserver",
        _ => "sqlite",
    };
}
