using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune;
using Forge.Hosting.ProductApi.Paging;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Benchmarks.Fortune;

/// <summary>
/// The real host on a real database (<c>FORGE_TEST_DB</c>, as the tests) holding one tenant with 1,000,000
/// stored fortunes, seeded by SQL in one statement (the API would take hours): 10,000 profiles × 100 fortunes
/// (90 daily, 8 monthly, 2 yearly), models 94 % builtin / 5 % haiku / 1 % sonnet, <c>generated_at</c> one
/// second apart in a shuffled order so a profile's fortunes are spread over the whole keyset. The rows are
/// copies of one fortune generated through the API, so their size and content are real. PostgreSQL's tables are
/// vacuumed after the load, as autovacuum would soon do, so counts can use index-only scans as in steady state.
/// One instance per process: BenchmarkDotNet runs in process and every case shares it.
/// </summary>
internal sealed class FortuneListFixture
{
    public const int Profiles = 10_000;
    public const int PerProfile = 100;
    public const int Rows = Profiles * PerProfile;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static FortuneListFixture? _instance;

    private FortuneListFixture(TestHost host, HttpClient client, Guid tenantId)
    {
        Host = host;
        Client = client;
        TenantId = tenantId;
    }

    public TestHost Host { get; }
    public HttpClient Client { get; }
    public Guid TenantId { get; }

    /// <summary>A seeded profile (its 100 fortunes are spread over the keyset).</summary>
    public static string SeededProfile(int index) => "prf_b" + index.ToString("x11");

    /// <summary>The list filters that matter: (name, query string, the same selection in SQL for finding a deep position).</summary>
    public static readonly IReadOnlyList<(string Name, string Query, string Sql)> Filters =
    [
        ("none", "", "1 = 1"),
        ("profile_id", $"profile_id={SeededProfile(1234)}", $"\"ProfileId\" = '{SeededProfile(1234)}'"),
        ("fortune_type", "fortune_type=yearly", "\"FortuneType\" = 'yearly'"),
        ("model", "model=sonnet", "\"Model\" = 'sonnet'"),
        ("date_range", "date_from=2024-03-01&date_to=2024-03-31",
            "((\"FortuneType\" = 'daily' AND \"FortuneDate\" >= '2024-03-01') OR (\"FortuneType\" = 'monthly' AND \"FortuneDate\" >= '2024-03-01')" +
            " OR (\"FortuneType\" = 'yearly' AND \"FortuneDate\" >= '2024-01-01')) AND \"FortuneDate\" <= '2024-03-31'"),
        ("type_and_model", "fortune_type=daily&model=haiku", "\"FortuneType\" = 'daily' AND \"Model\" = 'haiku'"),
    ];

    public static async Task<FortuneListFixture> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_instance is not null) return _instance;
            _instance = await CreateAsync();
            // BenchmarkDotNet calls GlobalCleanup after every case; the seeded database must outlive them all.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => _instance.Host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return _instance;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The cursor the API would hand out after the row at <paramref name="offset"/> (0-based) of <paramref name="filterSql"/>'s selection.</summary>
    public async Task<string> CursorAfterAsync(string filterSql, long offset)
    {
        var sql = $"SELECT \"GeneratedAt\" FROM fortune_fortunes WHERE {filterSql} ORDER BY \"GeneratedAt\" DESC, \"Id\" DESC LIMIT 1 OFFSET {offset}";
        var at = await Host.Database.ScalarAsync(sql);
        var id = (string)(await Host.Database.ScalarAsync(sql.Replace("SELECT \"GeneratedAt\"", "SELECT \"Id\"")))!;
        var when = at switch
        {
            DateTime d => DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc),
            string s => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
            _ => throw new InvalidOperationException($"Unexpected GeneratedAt value {at}"),
        };
        return await Host.InTenantAsync(TenantId, sp => Task.FromResult(sp.GetRequiredService<KeysetCursors>().Encode(new CursorScope("Fortune", "fortunes"), when, id)));
    }

    public async Task<long> CountAsync(string filterSql) =>
        Convert.ToInt64(await Host.Database.ScalarAsync($"SELECT COUNT(*) FROM fortune_fortunes WHERE {filterSql}"));

    private static async Task<FortuneListFixture> CreateAsync()
    {
        var host = await TestHost.StartAsync(["Fortune"], new Dictionary<string, string?>
        {
            ["Fortune:Status:CheckIntervalSeconds"] = "0",
        });
        var tenant = await host.CreateTenantAsync("bench-fortunes", Editions.Enterprise);
        // Benchmarks send far more than a plan's quota; the limiter is not what is measured.
        await host.InScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<FeatureManager>();
            await features.SetAsync(tenant, FortuneFeatures.RequestsPerMinute, "100000000");
            await features.SetAsync(tenant, FortuneFeatures.RequestsPerDay, "1000000000");
            return 0;
        });
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        var profile = await PostAsync(client, "/v1/profiles",
            """{"name":"김민수","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"gender":"male"}""");
        var fortune = await PostAsync(client, "/v1/fortunes",
            $$"""{"profile_id":"{{profile.GetProperty("id").GetString()}}","fortune_type":"daily","fortune_date":"2025-01-16"}""");

        var started = DateTime.UtcNow;
        var seed = TestDatabase.IsPostgreSql ? PostgreSqlSeed : SqliteSeed;
        await using (var connection = Open(host.Database))
        {
            await connection.OpenAsync();
            foreach (var statement in seed.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.CommandTimeout = 0; // a million rows take longer than the default 30 s on a shared machine
                Add(command, "@profile", profile.GetProperty("id").GetString()!);
                Add(command, "@fortune", fortune.GetProperty("id").GetString()!);
                await command.ExecuteNonQueryAsync();
            }
        }
        Console.WriteLine($"// Seeded {Rows:N0} fortunes on {TestDatabase.ConfiguredProvider} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        return new FortuneListFixture(host, client, tenant.Id);
    }

    private static DbConnection Open(TestDatabase database) => TestDatabase.IsPostgreSql
        ? new Npgsql.NpgsqlConnection(database.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, string json)
    {
        var response = await client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private const string PostgreSqlSeed = """
        INSERT INTO fortune_profiles ("Id", "TenantId", "ExternalId", "NameEncrypted", "BirthDataEncrypted", "Gender", "DayMaster",
                                      "DayMasterElement", "WeakestElement", "CreatedAt", "UpdatedAt")
        SELECT 'prf_b' || lpad(to_hex(p), 11, '0'), "TenantId", NULL, "NameEncrypted", "BirthDataEncrypted", "Gender", "DayMaster",
               "DayMasterElement", "WeakestElement", "CreatedAt", "UpdatedAt"
        FROM fortune_profiles, generate_series(0, 9999) AS p WHERE "Id" = @profile;
        INSERT INTO fortune_fortunes ("Id", "TenantId", "ProfileId", "FortuneType", "FortuneDate", "Model", "Engine", "EngineModel",
                                      "Score", "Summary", "CategoriesJson", "LuckyItemsJson", "CacheHits", "GeneratedAt")
        SELECT 'ftn_b' || lpad(to_hex(i), 11, '0'), f."TenantId", 'prf_b' || lpad(to_hex(i / 100), 11, '0'),
               CASE WHEN i % 100 < 90 THEN 'daily' WHEN i % 100 < 98 THEN 'monthly' ELSE 'yearly' END,
               CASE WHEN i % 100 < 90 THEN DATE '2024-01-01' + ((i / 100) % 200 + i % 100)
                    WHEN i % 100 < 98 THEN make_date(2024, i % 100 - 89, 1)
                    ELSE make_date(2022 + i % 100 - 98, 1, 1) END,
               CASE WHEN (i / 100) % 20 = 0 THEN 'haiku' WHEN (i / 100) % 100 = 1 THEN 'sonnet' ELSE 'builtin' END,
               f."Engine", f."EngineModel", (i * 37) % 101, f."Summary", f."CategoriesJson", f."LuckyItemsJson", 0,
               TIMESTAMPTZ '2025-01-01 00:00:00+00' + ((i::bigint * 7919) % 1000000) * INTERVAL '1 second'
        FROM fortune_fortunes f, generate_series(0, 999999) AS i WHERE f."Id" = @fortune;
        VACUUM ANALYZE fortune_profiles;
        VACUUM ANALYZE fortune_fortunes
        """;

    private const string SqliteSeed = """
        WITH RECURSIVE s(p) AS (SELECT 0 UNION ALL SELECT p + 1 FROM s WHERE p < 9999)
        INSERT INTO fortune_profiles ("Id", "TenantId", "ExternalId", "NameEncrypted", "BirthDataEncrypted", "Gender", "DayMaster",
                                      "DayMasterElement", "WeakestElement", "CreatedAt", "UpdatedAt")
        SELECT 'prf_b' || printf('%011x', p), "TenantId", NULL, "NameEncrypted", "BirthDataEncrypted", "Gender", "DayMaster",
               "DayMasterElement", "WeakestElement", "CreatedAt", "UpdatedAt"
        FROM fortune_profiles, s WHERE "Id" = @profile;
        WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 999999)
        INSERT INTO fortune_fortunes ("Id", "TenantId", "ProfileId", "FortuneType", "FortuneDate", "Model", "Engine", "EngineModel",
                                      "Score", "Summary", "CategoriesJson", "LuckyItemsJson", "CacheHits", "GeneratedAt")
        SELECT 'ftn_b' || printf('%011x', i), f."TenantId", 'prf_b' || printf('%011x', i / 100),
               CASE WHEN i % 100 < 90 THEN 'daily' WHEN i % 100 < 98 THEN 'monthly' ELSE 'yearly' END,
               CASE WHEN i % 100 < 90 THEN date('2024-01-01', '+' || ((i / 100) % 200 + i % 100) || ' days')
                    WHEN i % 100 < 98 THEN printf('2024-%02d-01', i % 100 - 89)
                    ELSE printf('%d-01-01', 2022 + i % 100 - 98) END,
               CASE WHEN (i / 100) % 20 = 0 THEN 'haiku' WHEN (i / 100) % 100 = 1 THEN 'sonnet' ELSE 'builtin' END,
               f."Engine", f."EngineModel", (i * 37) % 101, f."Summary", f."CategoriesJson", f."LuckyItemsJson", 0,
               strftime('%Y-%m-%d %H:%M:%S', '2025-01-01 00:00:00', '+' || ((i * 7919) % 1000000) || ' seconds')
        FROM fortune_fortunes f, s WHERE f."Id" = @fortune;
        ANALYZE
        """;
}
