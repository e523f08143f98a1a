using System.Data.Common;
using Npgsql;

namespace Forge.TestKit;

/// <summary>
/// A fresh database per test host: a SQLite file in a temporary directory, or a new database on
/// the PostgreSQL server named by <c>FORGE_TEST_PG</c> when <c>FORGE_TEST_DB=PostgreSql</c>.
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

    public static async Task<TestDatabase> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("forge-test-").FullName;
        if (!IsPostgreSql)
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(directory, "forge.db")}", directory, null);

        var name = $"forge_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgreSqlServer + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new TestDatabase("PostgreSql", $"{PostgreSqlServer};Database={name};Pooling=true;Maximum Pool Size=50", directory, name);
    }

    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Forge:DataDirectory"] = DataDirectory,
    };

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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
