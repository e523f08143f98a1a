using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.Data;

/// <summary>
/// Every SQLite connection waits inside SQLite for a lock (busy_timeout) instead of failing with
/// SQLITE_BUSY: Microsoft.Data.Sqlite answers BUSY by sleeping a fixed 150 ms and retrying, which
/// made every request that met a background write wait 150 ms (ADR 22). SQLite's own busy handler
/// retries within a millisecond or two of the lock being freed. The database runs in WAL mode, so
/// readers never wait for a writer and a writer never waits for readers; WAL with
/// synchronous=NORMAL is durable across application crashes (a power cut may lose the last commits).
/// The same first open registers EF Core's SQL functions on the native connection (ADR 75, <see cref="SqliteSqlFunctions"/>).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMs = 5_000;
    private const string PerConnection = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
    private static readonly ConcurrentDictionary<string, bool> WalDatabases = new(StringComparer.Ordinal);

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
        RegisterFunctions(connection);
        MarkConfigured(connection);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ConfigureAsync(connection, cancellationToken);

    /// <summary>The same settings for a connection the kernel opens without EF (<see cref="ContextDatabase"/>).</summary>
    public static async Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        RegisterFunctions(connection);
        MarkConfigured(connection);
    }

    // busy_timeout and synchronous belong to the native connection, which Microsoft.Data.Sqlite pools: set them the
    // first time a native connection is opened, not on every open (two statements parsed and run per request, ADR 35).
    // Marked only once they ran; the table holds the native handles weakly, so a handle the pool closes drops out.
    private static readonly ConditionalWeakTable<object, object> ConfiguredHandles = new();

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !ConfiguredHandles.TryGetValue(handle, out _);

    private static void RegisterFunctions(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SqliteSqlFunctions.Register(handle);
    }

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) ConfiguredHandles.AddOrUpdate(handle, handle);
    }

    // journal_mode is stored in the database file: switching once per database and process is enough.
    private static string Pragmas(DbConnection connection) =>
        WalDatabases.TryAdd(connection.ConnectionString, true) ? PerConnection + " PRAGMA journal_mode = WAL;" : PerConnection;
}
