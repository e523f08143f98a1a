using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.ApiKeys;
using Forge.Host.BackgroundJobs;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.TestModules.Data;
using Forge.TestModules.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Host.Tests.Jobs;

/// <summary>
/// One database, host processes of the Notes test module started on it and killed for real, and the host's
/// services on the same database (never started: no job server, no dispatcher) for reading and seeding.
/// </summary>
internal sealed class JobCluster : IAsyncDisposable
{
    private readonly List<HostProcess> _hosts = [];
    private readonly Microsoft.AspNetCore.Builder.WebApplication _offline;
    private readonly string _gates = Directory.CreateTempSubdirectory("forge-gates-").FullName;

    public TestDatabase Database { get; }
    public IDictionary<string, string?> Settings { get; }
    public string ApiKey { get; private set; } = "";

    private JobCluster(TestDatabase database, IDictionary<string, string?> settings)
    {
        Database = database;
        Settings = settings;
        _offline = ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
    }

    /// <param name="storage">Hangfire storage: InMemory (one host at a time) or PostgreSql (shared by several).</param>
    public static async Task<JobCluster> CreateAsync(string storage, IDictionary<string, string?>? extra = null)
    {
        var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:PlugIns"] = TestHost.TestModulesAssembly,
            ["Forge:Modules"] = "Notes",
            ["Forge:Jobs:Storage"] = storage,
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Jobs:OutboxPollSeconds"] = "0.2",
            ["Forge:Jobs:LeaseSeconds"] = "10",
            ["Forge:Jobs:HeartbeatSeconds"] = "2",
            ["Forge:Jobs:CancelPollSeconds"] = "0.5",
            ["Forge:Credits:SweepIntervalSeconds"] = "3600",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return new JobCluster(database, settings);
    }

    /// <summary>Starts a host; the first one migrates the database, after which the tenant and key are made.</summary>
    public async Task<HostProcess> StartHostAsync()
    {
        var host = await HostProcess.StartAsync(Settings);
        _hosts.Add(host);
        if (ApiKey.Length == 0) ApiKey = await CreateKeyAsync();
        return host;
    }

    public HttpClient Client(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
        return client;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<int> ProcessIdAsync(HostProcess host)
    {
        using var client = Client(host);
        return (await client.GetFromJsonAsync<JsonElement>("/test/notes/process")).GetProperty("process_id").GetInt32();
    }

    public string NewGate() => Path.Combine(_gates, Guid.NewGuid().ToString("N"));

    public static void Open(string gate) => File.WriteAllText(gate, "open");

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => InScope(action);

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _offline.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<BackgroundJobRecord?> JobAsync(Guid id) =>
        InScope(sp => sp.GetRequiredService<PlatformDbContext>().BackgroundJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id));

    public Task<List<JobEffect>> EffectsAsync(string keyPrefix) =>
        InScope(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking().Where(e => e.Key.StartsWith(keyPrefix)).ToListAsync());

    public Task<int> OutboxCountAsync() =>
        InScope(sp => sp.GetRequiredService<NotesDbContext>().JobOutbox.CountAsync());

    private Task<string> CreateKeyAsync() => InScope(async sp =>
    {
        var tenant = await sp.GetRequiredService<TenantManager>().CreateAsync($"jobs-{Guid.NewGuid():N}"[..20], Editions.Enterprise);
        return (await sp.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, Products.Fortune, null)).Plaintext;
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await _offline.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(_gates, recursive: true);
    }
}
