using System.Data.Common;
using Forge.Hosting.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Data;

/// <summary>
/// Applies every registered context's migrations (platform first, then modules in load order). Whether a context has
/// pending migrations is asked over a plain connection (its history table against the migration ids in its
/// assembly): the context, and so its EF model, is built only when something is to be applied (ADR 67).
/// </summary>
public sealed class DatabaseMigrator(
    IServiceProvider services, IEnumerable<MigratableContext> contexts, IEnumerable<ContextDatabase> databases, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var applied = new List<string>();
        var where = databases.ToDictionary(d => d.ContextType);
        await using var scope = services.CreateAsyncScope();
        foreach (var registration in contexts.DistinctBy(c => c.ContextType))
        {
            var database = where[registration.ContextType];
            if (database.Provider == DatabaseProvider.Sqlite)
                await EnableWriteAheadLogAsync(database, ct);
            var pending = await database.PendingMigrationsAsync(ct);
            if (pending.Count == 0) continue;
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            // From here on EF's own answer, as before (another host may have migrated since the plain read).
            pending = [.. await db.Database.GetPendingMigrationsAsync(ct)];
            if (pending.Count == 0) continue;
            logger.LogInformation("Applying {Count} migration(s) to {Context}", pending.Count, registration.ContextType.Name);
            await db.Database.MigrateAsync(ct);
            applied.AddRange(pending.Select(m => $"{registration.ContextType.Name}: {m}"));
        }
        return applied;
    }

    // WAL lets readers work while a writer commits; it is a property of the database file.
    private static async Task EnableWriteAheadLogAsync(ContextDatabase database, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
            Directory.CreateDirectory(directory);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
