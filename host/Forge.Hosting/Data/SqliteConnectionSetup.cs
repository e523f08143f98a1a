using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.Data;

/// <summary>
/// Every SQLite connection waits inside SQLite for a lock (busy_timeout) instead of failing with
/// SQLITE_BUSY: Microsoft.Data.Sqlite answers BUSY by sleeping a fixed 150 ms and retrying, which
/// made every request that met a background write wait 150 ms (ADR 22). SQLite's own busy handler
/// retries within a millisecond or two of the lock being freed. The database runs in WAL mode, so
/// readers never wait for a writer and a writer never waits for readers; WAL with
/// synchronous=NORMAL is durable across application crashes (a power cut may lose the last commits).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMs = 5_000;
    private const string PerConnection = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
    private static readonly ConcurrentDictionary<string, bool> WalDatabases = new(StringComparer.Ordinal);

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // journal_mode is stored in the database file: switching once per database and process is enough.
    private static string Pragmas(DbConnection connection) =>
        WalDatabases.TryAdd(connection.ConnectionString, true) ? PerConnection + " PRAGMA journal_mode = WAL;" : PerConnection;
}
