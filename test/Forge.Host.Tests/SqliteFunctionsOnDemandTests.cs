using System.Data.Common;
using System.Text.RegularExpressions;
using Forge.Hosting.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Forge.Host.Tests;

/// <summary>
/// A SQLite context registered the host's way opens its connections without EF Core's SQL functions (ADR 55
/// addendum) and still runs every query that needs them: decimal arithmetic, comparison, ordering and aggregates,
/// and <c>Regex.IsMatch</c>, on a real SQLite file.
/// </summary>
public sealed class SqliteFunctionsOnDemandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forge-functions-").FullName;

    [Fact]
    public async Task A_query_that_names_no_function_leaves_them_unregistered_and_one_that_does_registers_them()
    {
        await using var provider = Services(pooled: true);
        await SeedAsync(provider);

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PriceContext>();
            (await db.Items.AsNoTracking().OrderBy(i => i.Name).Select(i => i.Name).ToListAsync()).ShouldBe(["apple", "banana", "cherry"]);
            await db.Database.OpenConnectionAsync();
            await Should.ThrowAsync<SqliteException>(() => RawScalarAsync(db.Database.GetDbConnection(), "SELECT ef_add(1, 2)"));
            await db.Database.CloseConnectionAsync();

            // Decimal arithmetic and comparison (ef_multiply, ef_compare), ordering by a decimal (EF_DECIMAL) and a regexp.
            var dear = await db.Items.AsNoTracking().Where(i => i.Price * 2 > 3m).OrderByDescending(i => i.Price).Select(i => i.Name).ToListAsync();
            dear.ShouldBe(["cherry", "banana"]);
            (await db.Items.AsNoTracking().Where(i => Regex.IsMatch(i.Name, "^b")).Select(i => i.Name).SingleAsync()).ShouldBe("banana");

            // Registered on the connection now, and again at its next open.
            await db.Database.OpenConnectionAsync();
            Convert.ToDecimal(await RawScalarAsync(db.Database.GetDbConnection(), "SELECT ef_add(1, 2)")).ShouldBe(3m);
            await db.Database.CloseConnectionAsync();
            await db.Database.OpenConnectionAsync();
            Convert.ToDecimal(await RawScalarAsync(db.Database.GetDbConnection(), "SELECT ef_add(1, 2)")).ShouldBe(3m);
            await db.Database.CloseConnectionAsync();
        }

        // Aggregates of decimals (ef_sum, ef_max) on a fresh lease of the pooled context.
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PriceContext>();
            (await db.Items.SumAsync(i => i.Price)).ShouldBe(6.75m);
            (await db.Items.MaxAsync(i => i.Price)).ShouldBe(3.5m);
        }
    }

    [Fact]
    public async Task The_same_queries_run_on_a_context_that_is_not_pooled()
    {
        await using var provider = Services(pooled: false);
        await SeedAsync(provider);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PriceContext>();
        (await db.Items.AsNoTracking().Where(i => i.Price - 1m >= 1.25m).Select(i => i.Name).SingleAsync()).ShouldBe("cherry");
        (await db.Items.AverageAsync(i => i.Price)).ShouldBe(2.25m);
    }

    [Theory]
    [InlineData("SELECT \"i\".\"Name\" FROM \"Items\" AS \"i\"", false)]
    [InlineData("SELECT ef_compare(\"i\".\"Price\", '1.5') > 0", true)]
    [InlineData("ORDER BY \"i\".\"Price\" COLLATE EF_DECIMAL", true)]
    [InlineData("WHERE \"i\".\"Name\" REGEXP '^b'", true)]
    [InlineData(null, false)]
    public void Sql_that_names_a_function_is_recognised(string? sql, bool needs) =>
        SqliteFunctionsOnDemand.NeedsFunctions(sql).ShouldBe(needs);

    private ServiceProvider Services(bool pooled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Prices"] = $"Data Source={Path.Combine(_directory, "prices.db")}",
        }).Build();
        var services = new ServiceCollection();
        services.AddForgeDbContext<PriceContext, PriceContext, PriceContext, PriceContext>(configuration, "Prices", pooled: pooled);
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PriceContext>();
        await db.Database.EnsureCreatedAsync();
        if (await db.Items.AnyAsync()) return;
        db.Items.AddRange(new Item { Name = "apple", Price = 1.25m }, new Item { Name = "banana", Price = 2m }, new Item { Name = "cherry", Price = 3.5m });
        await db.SaveChangesAsync();
    }

    private static async Task<object?> RawScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed class PriceContext(DbContextOptions<PriceContext> options) : DbContext(options)
    {
        public DbSet<Item> Items => Set<Item>();
    }

    public sealed class Item
    {
        public int Id { get; set; }
        public required string Name { get; set; }
        public decimal Price { get; set; }
    }
}
