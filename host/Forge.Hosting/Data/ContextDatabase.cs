using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Forge.Hosting.Data;

/// <summary>
/// Where a registered context's rows live, for questions the kernel asks without the context (ADR 67): initialising a
/// <c>DbContext</c> builds its EF model (type-system memory and start-up time), so the start-up migration check and
/// the job outbox's poll ask over a plain provider connection and build the context only when there is work; so do
/// the platform's periodic work and checks (ADR 77).
/// </summary>
/// <param name="ContextType">The type callers inject (<c>FortuneDbContext</c>).</param>
/// <param name="ImplementationType">The provider's subclass that carries the migrations (<c>SqliteFortuneDbContext</c>).</param>
public sealed record ContextDatabase(Type ContextType, Type ImplementationType, DatabaseProvider Provider, string ConnectionString, string HistoryTable)
{
    /// <summary>
    /// The ids of the migrations EF applies to this context, read from the same attributes EF's migrations assembly
    /// reads (<c>[DbContext]</c> naming the provider's subclass and <c>[Migration]</c>, in the subclass's assembly),
    /// without building the model.
    /// </summary>
    public IReadOnlyList<string> MigrationIds() =>
        [.. ImplementationType.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(Migration))
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == ImplementationType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>A connection to the context's database, not yet open (SQLite: with the kernel's per-connection settings once opened through <see cref="OpenAsync"/>).</summary>
    public DbConnection CreateConnection() => Provider switch
    {
        DatabaseProvider.Sqlite => Sqlite(ConnectionString),
        DatabaseProvider.PostgreSql => PostgreSql(ConnectionString),
        DatabaseProvider.SqlServer => SqlServer(ConnectionString),
        _ => throw new InvalidOperationException($"No connection for database provider '{Provider}'."),
    };

    // One method per provider, never inlined: compiling a method loads the assembly of every type it constructs, so a
    // switch over all three loaded Npgsql and SqlClient into a SQLite host (and their code into its memory, ADR 77).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection Sqlite(string connectionString) => new SqliteConnection(connectionString);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection PostgreSql(string connectionString) => new NpgsqlConnection(connectionString);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection SqlServer(string connectionString) => new SqlConnection(connectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(ct);
            if (Provider == DatabaseProvider.Sqlite) await SqliteConnectionSetup.ConfigureAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The migrations not yet in the history table (all of them when there is no history table): what EF's
    /// <c>GetPendingMigrationsAsync</c> answers, without the model.
    /// </summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct)
    {
        var ids = MigrationIds();
        await using var connection = await OpenAsync(ct);
        if (!await TableExistsAsync(connection, HistoryTable, ct)) return ids;
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryTable}" """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        return [.. ids.Where(id => !applied.Contains(id))];
    }

    /// <summary>Whether <paramref name="table"/> holds a row (one index or page read; valid on all three providers).</summary>
    /// <param name="where">A condition in SQL common to the providers, built by the caller from constants only.</param>
    public Task<bool> AnyRowAsync(string table, CancellationToken ct, string? where = null) => AnyRowAsync(table, where, [], ct);

    /// <summary>
    /// Whether a row of <paramref name="table"/> meets <paramref name="where"/>, whose values are bound as
    /// <paramref name="parameters"/> (named <c>@name</c> in the condition). A <see cref="DateTime"/> binds as the
    /// provider stores EF's <c>DateTime</c> columns (SQLite: the same sortable text), so a time cut-off compares the
    /// way the context's own query would.
    /// </summary>
    public async Task<bool> AnyRowAsync(string table, string? where, IReadOnlyList<KeyValuePair<string, object>> parameters, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var condition = where is null ? "" : $" WHERE {where}";
        command.CommandText = $"""SELECT CASE WHEN EXISTS (SELECT 1 FROM "{table}"{condition}) THEN 1 ELSE 0 END""";
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>
    /// One round trip (<c>SELECT 1</c>) on a connection opened for it, for health checks and status probes; the time
    /// returned is the round trip's alone (a new physical connection's handshake is not the database being slow).
    /// </summary>
    public async Task<TimeSpan> RoundTripAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await command.ExecuteScalarAsync(ct);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    // In the connection's default schema, where EF creates a history table configured without a schema.
    private async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Provider switch
        {
            DatabaseProvider.Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table",
            DatabaseProvider.PostgreSql => "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = @table",
            _ => "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = @table",
        };
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
