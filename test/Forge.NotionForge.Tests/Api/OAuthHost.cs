using System.Collections.Concurrent;
using System.Web;
using Forge.TestKit.FakeNotion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The real host with Notion OAuth configured against the fake Notion server (its token endpoint) and every log line
/// captured at Trace level, so a test can prove the client secret and tokens never reach a log (ADR 54).
/// </summary>
public sealed class NotionOAuthHostFixture : SharedTestHost, IAsyncLifetime
{
    public const string ClientId = "forge-test-client";
    public const string ClientSecret = "cs_secret_0123456789abcdef0123456789abcdef";
    public const string FrontendUrl = "http://frontend.example/app";

    public FakeNotionServer Notion { get; private set; } = null!;
    public CapturedLogs Logs { get; } = new();

    protected override async Task StartDependenciesAsync()
    {
        Notion = await FakeNotionServer.StartAsync();
        Notion.RegisterOAuthClient(ClientId, ClientSecret);
    }

    protected override async ValueTask StopDependenciesAsync()
    {
        if (Notion is not null) await Notion.DisposeAsync();
    }

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
        ["Forge:NotionForge:Notion:RetryBaseDelay"] = "00:00:00.200",
        ["Forge:NotionForge:RateLimitPerMinute"] = "100000",
        ["Forge:NotionForge:OAuth:ClientId"] = ClientId,
        ["Forge:NotionForge:OAuth:ClientSecret"] = ClientSecret,
        ["Forge:NotionForge:OAuth:RedirectUri"] = "http://127.0.0.1/api/oauth/callback",
        ["Forge:NotionForge:OAuth:FrontendUrl"] = FrontendUrl,
        ["Forge:NotionForge:OAuth:AuthorizeUrl"] = Notion.BaseAddress + "v1/oauth/authorize",
        ["Logging:LogLevel:Default"] = "Trace",
    };

    /// <summary>Starts the host, then adds the capturing logger (the test host clears the default providers).</summary>
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
    }
}

/// <summary>Every formatted log line and exception text the host writes.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>The OAuth round trip as a browser and a frontend make it, without following redirects.</summary>
internal static class OAuthFlow
{
    /// <summary>A client that sends <paramref name="key"/> (or nothing) and does not follow redirects.</summary>
    public static HttpClient NoRedirects(this TestHost host, string? key = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        if (key is not null) client.DefaultRequestHeaders.Add(NotionForgeProduct.KeyHeader, key);
        return client;
    }

    /// <summary>authorize → (Notion) → callback: the one-time code the frontend receives.</summary>
    public static Task<string> ConnectAsync(this NotionOAuthHostFixture fixture, HttpClient tenant, string workspace) =>
        ConnectAsync(fixture.Host, fixture.Notion, tenant, workspace, NotionOAuthHostFixture.FrontendUrl);

    /// <summary>The same round trip on any host whose OAuth points at <paramref name="notion"/> and <paramref name="frontendUrl"/>.</summary>
    public static async Task<string> ConnectAsync(TestHost host, FakeNotionServer notion, HttpClient tenant, string workspace, string frontendUrl)
    {
        var state = await StateAsync(tenant);
        var code = notion.IssueOAuthCode(workspace);
        using var anonymous = host.NoRedirects();
        using var callback = await anonymous.GetAsync($"/api/oauth/callback?code={code}&state={Uri.EscapeDataString(state)}");
        ((int)callback.StatusCode).ShouldBe(302, await callback.Content.ReadAsStringAsync());
        var location = callback.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(frontendUrl);
        var query = HttpUtility.ParseQueryString(location.Query);
        query["oauth_callback"].ShouldBe("true");
        return query["code"].ShouldNotBeNull();
    }

    /// <summary>The <c>state</c> of a fresh authorize redirect.</summary>
    public static async Task<string> StateAsync(HttpClient tenant)
    {
        using var authorize = await tenant.GetAsync("/api/oauth/authorize");
        ((int)authorize.StatusCode).ShouldBe(302, await authorize.Content.ReadAsStringAsync());
        return HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["state"].ShouldNotBeNull();
    }
}
