using System.Data.Common;
using Npgsql;

namespace Forge.TestKit;

/// <summary>
/// A fresh database per test host: a SQLite file in a temporary directory, or a new database on
/// the PostgreSQL server named by <c>FORGE_TEST_PG</c> when <c>FORGE_TEST_DB=PostgreSql</c>.
/// <see cref="CreateAsync"/> makes an empty one; a <see cref="TestHost"/> that makes its own database
/// clones a migrated template instead (<see cref="DatabaseTemplates"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    private readonly string? _pgDatabase;

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? pgDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _pgDatabase = pgDatabase;
    }

    public static string ConfiguredProvider => Environment.GetEnvironmentVariable("FORGE_TEST_DB") is { Length: > 0 } p ? p : "Sqlite";

    public static bool IsPostgreSql => ConfiguredProvider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string PostgreSqlServer =>
        Environment.GetEnvironmentVariable("FORGE_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=forge;Password=forge";

    /// <summary>An empty database (nothing migrated).</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(template: null);

    /// <summary>A copy of <paramref name="template"/>, schema and rows.</summary>
    internal static Task<TestDatabase> CloneAsync(TestDatabase template) => CreateAsync(template);

    private static async Task<TestDatabase> CreateAsync(TestDatabase? template)
    {
        var directory = Directory.CreateTempSubdirectory("forge-test-").FullName;
        if (!IsPostgreSql)
        {
            var file = Path.Combine(directory, "forge.db");
            if (template is not null) File.Copy(template.SqliteFile, file);
            return new TestDatabase("Sqlite", $"Data Source={file}", directory, null);
        }

        var name = $"forge_t_{Guid.NewGuid():N}";
        var from = template is null ? "" : $" TEMPLATE \"{template._pgDatabase}\"";
        await AdminCommandAsync($"CREATE DATABASE \"{name}\"{from}");
        return new TestDatabase("PostgreSql", $"{PostgreSqlServer};Database={name};Pooling=true;Maximum Pool Size=50", directory, name);
    }

    /// <summary>
    /// The settings a host, a host process or the CLI needs to serve this database, including the fixed
    /// <see cref="TestKeys"/> (so all of them decrypt what another wrote).
    /// </summary>
    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>(TestKeys.Settings())
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Forge:DataDirectory"] = DataDirectory,
    };

    private string SqliteFile => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>
    /// Makes this (migrated) database ready to be copied: no connection of ours stays open on it, a
    /// SQLite file holds everything (no pending write-ahead log), a PostgreSQL database refuses new
    /// connections (CREATE DATABASE … TEMPLATE needs none on it).
    /// </summary>
    internal async Task SealAsTemplateAsync()
    {
        if (_pgDatabase is null)
        {
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString))
            {
                await connection.OpenAsync();
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync();
            }
            ClearOwnPool();
            return;
        }
        ClearOwnPool();
        await AdminCommandAsync($"ALTER DATABASE \"{_pgDatabase}\" ALLOW_CONNECTIONS false");
        // Client sessions only: an autovacuum worker on the fresh database runs as a superuser, which the test role may
        // not terminate (CI, 2026-12-03: 42501); CREATE DATABASE … TEMPLATE stops such workers itself.
        await AdminCommandAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_pgDatabase}' AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
    }

    // Only this database's pool: clearing every pool would close connections of hosts that other
    // tests (running in parallel) are still using.
    private void ClearOwnPool()
    {
        if (_pgDatabase is null)
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString));
        else
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
    }

    private static async Task AdminCommandAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgreSqlServer + ";Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value from a query on this database, e.g. <c>SELECT COUNT(*) FROM platform_tenants</c>.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using DbConnection connection = _pgDatabase is null ? new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string table) => Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM \"{table}\""));

    /// <summary>
    /// Rows of one tenant in a tenant-owned table: what a test on a shared host counts instead of the
    /// whole table. EF Core keeps a Guid as upper-case text on SQLite and as uuid on PostgreSQL.
    /// </summary>
    public async Task<long> CountAsync(string table, Guid tenantId) => Convert.ToInt64(await ScalarAsync(
        _pgDatabase is null
            ? $"SELECT COUNT(*) FROM \"{table}\" WHERE upper(\"TenantId\") = @tenant"
            : $"SELECT COUNT(*) FROM \"{table}\" WHERE \"TenantId\" = @tenant",
        ("@tenant", _pgDatabase is null ? tenantId.ToString().ToUpperInvariant() : tenantId)));

    public async ValueTask DisposeAsync()
    {
        ClearOwnPool();
        if (_pgDatabase is not null) await DropPostgreSqlDatabaseAsync(_pgDatabase);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <remarks>
    /// A non-superuser's FORCE cannot terminate an autovacuum worker (PostgreSQL 15 reports 42501),
    /// and a freshly written test database often has one; it finishes quickly, so try again.
    /// </remarks>
    private static async Task DropPostgreSqlDatabaseAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(PostgreSqlServer + ";Database=postgres");
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }
}
