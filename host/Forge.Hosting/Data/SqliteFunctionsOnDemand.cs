using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

#pragma warning disable EF1001 // EF Core's SQLite connection is internal API; SqliteFunctionsOnDemandTests pin what is used here.

namespace Forge.Hosting.Data;

/// <summary>
/// EF Core's SQLite connection gives every connection it creates 12 SQL functions and a collation (<c>regexp</c> and
/// the <c>ef_*</c> decimal arithmetic), and Microsoft.Data.Sqlite registers them with SQLite at every open and removes
/// them at every close, because its native connections are pooled: 26 native calls, ≈ 28 µs of a 0.6 ms list page
/// (ADR 55's profile and its addendum). Forge's queries almost never need them (no column is a decimal), so this
/// connection is created without them, and
/// <see cref="SqliteFunctionsOnDemand"/> gives them to it, exactly as EF Core would have, the first time a command's
/// SQL names one. From then on that connection has them at every open, as before.
/// </summary>
public sealed class SqliteFunctionsOnDemandConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    // EF Core's own registration (SqliteRelationalConnection.InitializeDbConnection), so the functions behave exactly
    // as EF Core defines them. Bound once; a version of EF Core without it fails the host's start, not a query.
    private static readonly Action<SqliteRelationalConnection, DbConnection> Initialize =
        typeof(SqliteRelationalConnection).GetMethod("InitializeDbConnection", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(DbConnection)])
            ?.CreateDelegate<Action<SqliteRelationalConnection, DbConnection>>()
        ?? throw new InvalidOperationException("EF Core's SqliteRelationalConnection.InitializeDbConnection(DbConnection) was not found: "
                                               + "check SqliteFunctionsOnDemandConnection against this EF Core version.");

    private bool _hasFunctions;

    protected override DbConnection CreateDbConnection()
    {
        _hasFunctions = false;
        var connection = new SqliteConnection(GetValidatedConnectionString());
        if (CommandTimeout is { } timeout) connection.DefaultTimeout = timeout;
        return connection;
    }

    /// <summary>Registers EF Core's functions on this connection (now, if it is open, and at every later open).</summary>
    public void EnsureFunctions()
    {
        if (_hasFunctions) return;
        Initialize(this, DbConnection);
        _hasFunctions = true;
    }
}

/// <summary>Before a command runs on SQLite: if its SQL names one of EF Core's functions, its connection gets them.</summary>
public sealed class SqliteFunctionsOnDemand : DbCommandInterceptor
{
    public static SqliteFunctionsOnDemand Instance { get; } = new();

    private SqliteFunctionsOnDemand() { }

    /// <summary>
    /// Whether <paramref name="sql"/> may call <c>regexp</c>, an <c>ef_*</c> function or the <c>EF_DECIMAL</c>
    /// collation. A false positive (a name that merely contains "ef_") only costs the registration.
    /// </summary>
    public static bool NeedsFunctions(string? sql) =>
        sql is not null && (sql.Contains("ef_", StringComparison.OrdinalIgnoreCase) || sql.Contains("regexp", StringComparison.OrdinalIgnoreCase));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prepare(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prepare(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Prepare(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prepare(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Prepare(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Prepare(DbCommand command, CommandEventData eventData)
    {
        if (!NeedsFunctions(command.CommandText) || eventData.Context is not { } context) return;
        if (context.GetService<ISqliteRelationalConnection>() is SqliteFunctionsOnDemandConnection connection) connection.EnsureFunctions();
    }
}
