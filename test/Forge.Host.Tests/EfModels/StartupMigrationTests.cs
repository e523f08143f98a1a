using Forge.Host.Data;
using Forge.Hosting.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Host.Tests.EfModels;

/// <summary>
/// The start-up migration check reads each context's history table over a plain connection and builds the context
/// (and its EF model) only when a migration is pending (ADR 67): a fresh database, a database one migration behind
/// (a new migration shipped) and a partly migrated one get exactly the missing migrations; an up-to-date one builds
/// no context at all.
/// </summary>
[ProviderSensitive]
public sealed class StartupMigrationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_fresh_database_gets_every_migration_and_an_up_to_date_one_builds_no_context()
    {
        await using (var app = Build(out _))
        {
            var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            applied.ShouldBe(Expected(app, _ => 0), ignoreOrder: true);
            await ShouldBeUpToDateAsync(app);
        }

        await using (var app = Build(out var creations))
        {
            (await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync()).ShouldBeEmpty();
            foreach (var database in Databases(app))
                creations.Of(database.ContextType).ShouldBe(0, $"{database.ContextType.Name} was built though nothing was pending");
        }
    }

    [Fact]
    public async Task A_new_migration_is_applied_to_a_database_one_migration_behind()
    {
        await using (var app = Build(out _))
            foreach (var database in Databases(app))
                await MigrateToAsync(app, database, database.MigrationIds().Count - 1);

        await using (var app = Build(out var creations))
        {
            var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            applied.ShouldBe(Expected(app, ids => ids.Count - 1), ignoreOrder: true);
            applied.Count.ShouldBe(Databases(app).Count); // the newest of each
            foreach (var database in Databases(app))
                creations.Of(database.ContextType).ShouldBeGreaterThan(0);
            await ShouldBeUpToDateAsync(app);
        }
    }

    [Fact]
    public async Task A_partly_migrated_database_gets_exactly_the_missing_migrations()
    {
        // The platform complete, the first module at its first migration only, the others never migrated.
        Dictionary<Type, int> done;
        await using (var app = Build(out _))
        {
            var databases = Databases(app);
            databases.Count.ShouldBeGreaterThan(2);
            done = databases.ToDictionary(d => d.ContextType, _ => 0);
            done[databases[0].ContextType] = databases[0].MigrationIds().Count;
            done[databases[1].ContextType] = 1;
            foreach (var database in databases.Take(2)) await MigrateToAsync(app, database, done[database.ContextType]);
        }

        await using (var app = Build(out var creations))
        {
            var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            applied.ShouldBe(Expected(app, ids => 0).Where(a => !AlreadyApplied(app, a, done)).ToList(), ignoreOrder: true);
            applied.ShouldNotContain(a => a.StartsWith(Databases(app)[0].ContextType.Name + ":", StringComparison.Ordinal));
            creations.Of(Databases(app)[0].ContextType).ShouldBe(0, "the complete context was built");
            await ShouldBeUpToDateAsync(app);
        }
    }

    private WebApplication Build(out ContextCreations creations)
    {
        var settings = new Dictionary<string, string?>(_database.Settings()) { ["Forge:SeedDemo"] = "false" };
        ContextCreations? observed = null;
        var app = ForgeApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            observed = ContextCreations.AddTo(builder);
        });
        creations = observed!;
        return app;
    }

    private static List<ContextDatabase> Databases(WebApplication app)
    {
        var migratable = app.Services.GetServices<MigratableContext>().Select(c => c.ContextType).Distinct().ToList();
        var databases = app.Services.GetServices<ContextDatabase>().ToList();
        return [.. migratable.Select(c => databases.Single(d => d.ContextType == c))];
    }

    /// <summary>"Context: id" for each context's migrations from the index <paramref name="from"/> on.</summary>
    private static List<string> Expected(WebApplication app, Func<IReadOnlyList<string>, int> from) =>
        [.. Databases(app).SelectMany(d => d.MigrationIds().Skip(from(d.MigrationIds())).Select(id => $"{d.ContextType.Name}: {id}"))];

    private static bool AlreadyApplied(WebApplication app, string applied, Dictionary<Type, int> done) =>
        Databases(app).Any(d => d.MigrationIds().Take(done[d.ContextType]).Any(id => applied == $"{d.ContextType.Name}: {id}"));

    private static async Task MigrateToAsync(WebApplication app, ContextDatabase database, int count)
    {
        if (count == 0) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        await db.GetService<IMigrator>().MigrateAsync(database.MigrationIds()[count - 1]);
        (await database.PendingMigrationsAsync(CancellationToken.None)).ShouldBe(database.MigrationIds().Skip(count).ToList());
    }

    /// <summary>EF's own view agrees: nothing pending for any context.</summary>
    private static async Task ShouldBeUpToDateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var database in Databases(app))
        {
            (await database.PendingMigrationsAsync(CancellationToken.None)).ShouldBeEmpty();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty($"{database.ContextType.Name} still has pending migrations");
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(database.MigrationIds(), ignoreOrder: true);
        }
    }
}
