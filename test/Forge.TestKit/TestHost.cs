using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Forge.Host;
using Forge.Host.ApiKeys;
using Forge.Host.Data;
using Forge.Hosting.ProductApi;
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
    /// <summary>The server certificate when the host serves HTTPS, else null.</summary>
    public X509Certificate2? Certificate { get; }
    private readonly List<HttpClient> _clients = [];
    private readonly bool _ownsDatabase;

    private TestHost(WebApplication app, TestDatabase database, Uri baseAddress, bool ownsDatabase, X509Certificate2? certificate)
    {
        App = app;
        Database = database;
        BaseAddress = baseAddress;
        _ownsDatabase = ownsDatabase;
        Certificate = certificate;
        Client = CreateClient();
    }

    public IServiceProvider Services => App.Services;

    public static string TestModulesAssembly => typeof(NotesModule).Assembly.Location;

    /// <param name="modules">Test modules to load (e.g. "Notes"), or none.</param>
    /// <param name="database">A database to serve and leave in place on dispose; by default a fresh one of the host's own.</param>
    /// <param name="https">Serve <c>https://127.0.0.1:port</c> with a self-signed certificate (<see cref="TestCertificate"/>),
    /// e.g. for the console, whose cookie is <c>Secure</c>; <see cref="CreateClient"/> trusts that certificate only.</param>
    /// <param name="configure">More for the builder after the test settings (e.g. a service that observes the host).</param>
    public static async Task<TestHost> StartAsync(IEnumerable<string>? modules = null, IDictionary<string, string?>? settings = null, TestDatabase? database = null, bool https = false,
        Action<WebApplicationBuilder>? configure = null)
    {
        var hostSettings = HostSettings(modules, settings);
        var ownsDatabase = database is null;
        database ??= await FreshDatabaseAsync(hostSettings);
        try
        {
            var all = new Dictionary<string, string?>(database.Settings());
            foreach (var (key, value) in hostSettings) all[key] = value;

            var certificate = https ? TestCertificate.CreateForLoopback() : null;
            var app = ForgeApplication.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(all);
                builder.WebHost.UseUrls(https ? "https://127.0.0.1:0" : "http://127.0.0.1:0");
                if (certificate is not null) builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(o => o.ServerCertificate = certificate));
                builder.Logging.ClearProviders();
                configure?.Invoke(builder);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TestHost(app, database, new Uri(address), ownsDatabase, certificate);
        }
        catch
        {
            if (ownsDatabase) await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Test defaults, the modules asked for, then the test's own settings (which win).</summary>
    private static Dictionary<string, string?> HostSettings(IEnumerable<string>? modules, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Webhooks:AllowPrivateTargets"] = "true",
            ["Forge:Webhooks:RetryIntervalSeconds"] = "0.2",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Jobs:RetryBaseSeconds"] = "0.2",
            ["Forge:Credits:SweepIntervalSeconds"] = "3600",
            // The incident check is a clock-aligned recurring job: a loaded test machine would open database
            // incidents that status tests do not expect. Tests of incidents switch it on themselves.
            ["Fortune:Status:CheckIntervalSeconds"] = "0",
        };
        var moduleList = modules?.ToList() ?? [];
        if (moduleList.Count > 0)
        {
            all["Forge:PlugIns"] = TestModulesAssembly;
            all["Forge:Modules"] = string.Join(',', moduleList);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    /// <summary>
    /// A copy of a migrated template for this module set (the host's own start-up migration then has
    /// nothing to do), unless the settings choose their own database, which then starts empty.
    /// </summary>
    private static Task<TestDatabase> FreshDatabaseAsync(Dictionary<string, string?> hostSettings)
    {
        if (hostSettings.Keys.Any(k => k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)))
            return TestDatabase.CreateAsync();
        var schemaKey = $"{hostSettings.GetValueOrDefault("Forge:Modules")}|{hostSettings.GetValueOrDefault("Forge:PlugIns")}";
        return DatabaseTemplates.CloneAsync(schemaKey, template => MigrateAsync(template, hostSettings));
    }

    private static async Task MigrateAsync(TestDatabase template, Dictionary<string, string?> hostSettings)
    {
        var all = new Dictionary<string, string?>(template.Settings());
        foreach (var key in new[] { "Forge:Modules", "Forge:PlugIns" })
            if (hostSettings.TryGetValue(key, out var value)) all[key] = value;
        await using var app = ForgeApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            builder.Logging.ClearProviders();
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public HttpClient CreateClient(Action<HttpClient>? configure = null)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new() };
        if (Certificate is not null)
        {
            var trusted = TestCertificate.Thumbprint(Certificate);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                errors == SslPolicyErrors.None || (presented is not null && TestCertificate.Thumbprint(presented) == trusted);
        }
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        configure?.Invoke(client);
        _clients.Add(client);
        return client;
    }

    /// <summary>A client sending <paramref name="key"/> in the header its product declares (ADR 17).</summary>
    public HttpClient ClientWithKey(string key)
    {
        var product = Services.GetRequiredService<IProductCatalog>().All.FirstOrDefault(p => p.ApiKey.Claims(key))
                      ?? throw new ArgumentException("No product of this host has keys shaped like this one.", nameof(key));
        return CreateClient(c => c.DefaultRequestHeaders.Add(product.ApiKey.Header, key));
    }

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
        Certificate?.Dispose();
    }
}
