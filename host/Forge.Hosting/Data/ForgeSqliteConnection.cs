using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
#pragma warning disable EF1001 // SqliteRelationalConnection is public, in EF Core's internal namespace: pinned by SqliteSqlFunctionsTests.
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace Forge.Hosting.Data;

/// <summary>
/// EF Core's SQLite connection without its per-connection-object SQL functions (ADR 75): Microsoft.Data.Sqlite registers
/// that object's eleven functions and one collation on the native connection at each open and removes them at each
/// close, which a pooled context does once per request. <see cref="SqliteConnectionSetup"/> registers the
/// same functions (<see cref="SqliteSqlFunctions"/>) once per native connection instead. Everything else is EF Core's.
/// </summary>
internal sealed class ForgeSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(GetValidatedConnectionString());
        if (RelationalOptionsExtension.Extract(Dependencies.ContextOptions).CommandTimeout is { } timeout) connection.DefaultTimeout = timeout;
        return connection;
    }
}
