using Forge.Hosting.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Data;

/// <summary>Applies every registered context's migrations (platform first, then modules in load order).</summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<MigratableContext> contexts, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var applied = new List<string>();
        await using var scope = services.CreateAsyncScope();
        foreach (var registration in contexts.DistinctBy(c => c.ContextType))
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            if (db.Database.IsSqlite())
                await EnableWriteAheadLogAsync(db, ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0) continue;
            logger.LogInformation("Applying {Count} migration(s) to {Context}", pending.Count, registration.ContextType.Name);
            await db.Database.MigrateAsync(ct);
            applied.AddRange(pending.Select(m => $"{registration.ContextType.Name}: {m}"));
        }
        return applied;
    }

    // WAL lets readers work while a writer commits; it is a property of the database file.
    private static async Task EnableWriteAheadLogAsync(DbContext db, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (builder.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
            Directory.CreateDirectory(directory);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
