using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Tests.Data;

/// <summary>
/// EF Core's SQLite functions registered once per native connection (ADR 75) behave exactly like EF Core's own
/// registration, and stay on a pooled native connection across the opens and closes of pooled contexts.
/// </summary>
public sealed class SqliteSqlFunctionsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"forge-sqlfn-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private const string Values = "(SELECT '1.5' AS v UNION ALL SELECT NULL UNION ALL SELECT '-2.25' UNION ALL SELECT 3 UNION ALL SELECT 1e2 UNION ALL SELECT '0.1')";

    public static TheoryData<string> Expressions => new()
    {
        "ef_add('1.5', '2.25')", "ef_add(1, 2)", "ef_add(0.1, 0.2)", "ef_add(NULL, '1')", "ef_add('1e3', '-0.001')",
        "ef_mod('7.5', '2')", "ef_mod('7', '0')", "ef_mod(NULL, '2')", "ef_mod('-7', '3')",
        "ef_divide('1', '3')", "ef_divide('1', '0')", "ef_divide('10', NULL)", "ef_divide('79228162514264337593543950335', '0.5')",
        "ef_compare('1.50', '1.5')", "ef_compare('2', '10')", "ef_compare('-1', NULL)",
        "ef_multiply('1.1', '1.1')", "ef_multiply(NULL, 2)", "ef_negate('3.25')", "ef_negate(NULL)", "ef_negate(0)",
        "ef_add('abc', '1')", "ef_compare('1', 'x')",
        "regexp('^a.c$', 'abc')", "regexp('^a.c$', 'abd')", "regexp(NULL, 'abc')", "regexp('[', 'abc')",
        $"(SELECT ef_sum(v) FROM {Values})", $"(SELECT ef_avg(v) FROM {Values})", $"(SELECT ef_max(v) FROM {Values})",
        $"(SELECT ef_min(v) FROM {Values})", "(SELECT ef_sum(v) FROM (SELECT NULL AS v))", "(SELECT ef_avg(v) FROM (SELECT NULL AS v))",
        "(SELECT ef_sum(v) FROM (SELECT '1' AS v UNION ALL SELECT 'oops'))",
        "(SELECT group_concat(v, ',') FROM (SELECT v FROM (SELECT '10' AS v UNION ALL SELECT '9.5' UNION ALL SELECT '-1') ORDER BY v COLLATE EF_DECIMAL))",
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Each_function_answers_as_EF_Cores_own_registration_does(string expression)
    {
        // EF Core's own connection object, its functions registered on it; ours never shares its native connection.
        using var context = new DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options);
        context.Database.OpenConnection();
        using var ours = new SqliteConnection("Data Source=:memory:;Pooling=False");
        ours.Open();
        SqliteSqlFunctions.Register(ours.Handle!);

        var stock = Evaluate((SqliteConnection)context.Database.GetDbConnection(), expression);

        stock.ShouldNotStartWith("error:no such function");
        Evaluate(ours, expression).ShouldBe(stock);
    }

    [Fact]
    public async Task A_pooled_kernel_context_keeps_the_functions_across_opens_and_resets()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Forge:DataDirectory"] = _dataDirectory })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentTenant>(new FixedTenant(null));
        services.AddForgeDbContext<MemoDbContext, MemoDbContext, MemoDbContext, MemoDbContext>(configuration, "Memo", pooled: true);
        await using var provider = services.BuildServiceProvider();

        for (var round = 0; round < 5; round++)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MemoDbContext>();
            var sums = await db.Database.SqlQueryRaw<string>($"SELECT ef_sum(v) AS Value FROM {Values}").ToListAsync();
            sums.ShouldBe(["102.35"]);
        }
    }

    private static string Evaluate(SqliteConnection connection, string expression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {expression}";
        try
        {
            using var reader = command.ExecuteReader();
            reader.Read();
            return reader.IsDBNull(0) ? "NULL" : $"{reader.GetFieldType(0).Name}:{reader.GetValue(0)}";
        }
        catch (SqliteException e)
        {
            return $"error:{e.Message}";
        }
    }
}
