using System.Net.Http.Json;
using Forge.Host;
using Forge.Host.ApiKeys;
using Forge.Host.OAuth;
using Forge.Host.Tenants;
using Forge.TestModules.Notes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.TestKit;

/// <summary>
/// The real host, built by the same code as production, serving real HTTP on a loopback port
/// against a fresh database. Test modules are loaded as a plug-in when asked for.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    public WebApplication App { get; }
    public TestDatabase Database { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    private readonly List<HttpClient> _clients = [];
    private readonly bool _ownsDatabase;

    private TestHost(WebApplication app, TestDatabase database, Uri baseAddress, bool ownsDatabase)
    {
        App = app;
        Database = database;
        BaseAddress = baseAddress;
        _ownsDatabase = ownsDatabase;
        Client = CreateClient();
    }

    public IServiceProvider Services => App.Services;

    public static string TestModulesAssembly => typeof(NotesModule).Assembly.Location;

    /// <param name="modules">Test modules to load (e.g. "Notes"), or none.</param>
    /// <param name="database">A database to serve and leave in place on dispose; by default a fresh one of the host's own.</param>
    public static async Task<TestHost> StartAsync(IEnumerable<string>? modules = null, IDictionary<string, string?>? settings = null, TestDatabase? database = null)
    {
        var ownsDatabase = database is null;
        database ??= await TestDatabase.CreateAsync();
        try
        {
            var all = new Dictionary<string, string?>(database.Settings())
            {
                ["Forge:SeedDemo"] = "false",
                ["Forge:Webhooks:AllowPrivateTargets"] = "true",
                ["Forge:Webhooks:RetryIntervalSeconds"] = "0.2",
                ["Forge:Jobs:PollingSeconds"] = "0.2",
                ["Forge:Jobs:RetryBaseSeconds"] = "0.2",
                ["Forge:Credits:SweepIntervalSeconds"] = "3600",
            };
            var moduleList = modules?.ToList() ?? [];
            if (moduleList.Count > 0)
            {
                all["Forge:PlugIns"] = TestModulesAssembly;
                all["Forge:Modules"] = string.Join(',', moduleList);
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;

            var app = ForgeApplication.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(all);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TestHost(app, database, new Uri(address), ownsDatabase);
        }
        catch
        {
            if (ownsDatabase) await database.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient(Action<HttpClient>? configure = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new() }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        configure?.Invoke(client);
        _clients.Add(client);
        return client;
    }

    public HttpClient ClientWithKey(string key) => CreateClient(c => c.DefaultRequestHeaders.Add(
        key.StartsWith("miri_", StringComparison.Ordinal) ? ApiKeyFormat.MiriApiKey : ApiKeyFormat.XApiKey, key));

    public HttpClient ClientWithToken(string token) => CreateClient(c => c.DefaultRequestHeaders.Authorization = new("Bearer", token));

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Tenant> CreateTenantAsync(string name, string edition = Editions.Enterprise) =>
        InScopeAsync(sp => sp.GetRequiredService<TenantManager>().CreateAsync(name, edition));

    /// <param name="permissions">Permissions the key carries (claims <c>forge:permission</c>), e.g. "fortune:unmasked".</param>
    public Task<string> CreateKeyAsync(Tenant tenant, string product, DateTimeOffset? expiresAt = null, IEnumerable<string>? permissions = null) =>
        InScopeAsync(async sp => (await sp.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, product, expiresAt, permissions)).Plaintext);

    public Task<(string ClientId, string Secret)> CreateClientAsync(Tenant tenant, params string[] scopes) =>
        InScopeAsync(async sp =>
        {
            var (client, secret) = await sp.GetRequiredService<OAuthClientManager>().CreateAsync(tenant, scopes);
            return (client.ClientId, secret);
        });

    public async Task<string> GetTokenAsync(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) form["scope"] = scope;
        using var response = await Client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["access_token"].ToString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}
