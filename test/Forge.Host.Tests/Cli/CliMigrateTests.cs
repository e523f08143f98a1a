namespace Forge.Host.Tests.Cli;

[ProviderSensitive]
public sealed class CliMigrateTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Migrate_applies_the_migrations_once_and_a_second_run_changes_nothing()
    {
        var environment = CliProcess.Environment(_database);
        // SQLite without a connection string: the file is forge.db in the data directory.
        if (!TestDatabase.IsPostgreSql) environment.Remove("ConnectionStrings__Default");

        var first = (await CliProcess.RunAsync(environment, ["migrate", "--json"])).ShouldSucceed();
        var applied = first.Json().GetProperty("applied").EnumerateArray().Select(a => a.GetString()!).ToList();
        applied.ShouldNotBeEmpty();
        applied.ShouldContain(a => a.StartsWith("PlatformDbContext: ", StringComparison.Ordinal));
        // Every context (the platform's and each loaded module's) keeps its own history table.
        var perContext = applied.GroupBy(a => a[..a.IndexOf("DbContext: ", StringComparison.Ordinal)]).ToList();
        foreach (var context in perContext)
            (await _database.CountAsync($"__migrations_{context.Key.ToLowerInvariant()}")).ShouldBe(context.Count());
        if (!TestDatabase.IsPostgreSql) File.Exists(Path.Combine(_database.DataDirectory, "forge.db")).ShouldBeTrue();

        var second = (await CliProcess.RunAsync(environment, ["migrate"])).ShouldSucceed();
        second.Lines.ShouldBe(["Database is up to date."]);
        foreach (var context in perContext)
            (await _database.CountAsync($"__migrations_{context.Key.ToLowerInvariant()}")).ShouldBe(context.Count());
    }
}
