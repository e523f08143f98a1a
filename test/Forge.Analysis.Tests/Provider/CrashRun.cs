using System.Globalization;
using System.Net;
using System.Text.Json;
using Forge.Analysis.Tests.Api;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.Webhooks;
using Forge.TestKit.FakeAi;

namespace Forge.Analysis.Tests.Provider;

/// <summary>One database, one receiver, an armed host that dies at the failpoint, then a host without it.</summary>
internal sealed class CrashRun : IAsyncDisposable
{
    public const long Credits = 5;
    public const string Secret = "outbox-secret";

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private readonly string _failpoint;
    private readonly FakeAiServer? _fake;
    private HostProcess? _host;
    private string _key = "";

    private CrashRun(
        TestDatabase database, WebhookReceiver receiver, string failpoint, FakeAiServer? fake, GatedProxy? proxy, IReadOnlyDictionary<string, string?>? settings)
    {
        _database = database;
        Receiver = receiver;
        _failpoint = failpoint;
        _fake = fake;
        Proxy = proxy;
        _settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Modules"] = "Analysis",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Webhooks:AllowPrivateTargets"] = "true",
        };
        if (proxy is not null)
        {
            _settings["Forge:AI:Providers:Anthropic:ApiKey"] = fake!.ApiKey;
            _settings["Forge:AI:Providers:Anthropic:BaseUrl"] = proxy.BaseAddress.ToString().TrimEnd('/');
            _settings["Forge:AI:Products:analysis:Aliases:0"] = "haiku";
        }
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>()) _settings[name] = value;
    }

    public WebhookReceiver Receiver { get; }

    /// <summary>Between the host and a fake Anthropic, when the run needs a job held inside the model call.</summary>
    public GatedProxy? Proxy { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>
    /// Starts the host armed with <paramref name="failpoint"/> and a tenant with <see cref="Credits"/>; <paramref name="settings"/>
    /// apply to it and to the host started again.
    /// </summary>
    public static async Task<CrashRun> StartAsync(string failpoint, bool gatedProvider = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        FakeAiServer? fake = null;
        GatedProxy? proxy = null;
        if (gatedProvider)
        {
            fake = await FakeAnthropicServer.StartAsync();
            fake.Otherwise = FakeAiOutcome.Reply(ProviderReplies.Valid());
            proxy = await GatedProxy.StartAsync(fake.BaseAddress);
        }
        var run = new CrashRun(await TestDatabase.CreateAsync(), await WebhookReceiver.StartAsync(), failpoint, fake, proxy, settings);
        run._host = await HostProcess.StartAsync(new Dictionary<string, string?>(run._settings) { [Failpoint.Variable] = failpoint });
        run._key = await AnalysisCrashTests.CreateKeyAsync(run._settings, Credits); // once the host has migrated the database
        run.Client = run.NewClient();
        return run;
    }

    /// <summary>
    /// Sends a request that takes the host down at the failpoint: the answer may be lost with the process (a request
    /// path's failpoint), or written before a job reaches it, so only the crash itself is asserted.
    /// </summary>
    public async Task SendThroughCrashAsync(Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send(Client);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Accepted);
        }
        catch (HttpRequestException)
        {
            // The process died before answering.
        }
        (await _host!.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(137, _host.Output); // 128 + SIGKILL
        _host.Output.ShouldContain($"failpoint {_failpoint}:");
    }

    /// <summary>Restarts without the failpoint; the one delivery with its reference as X-Webhook-Id, and nothing left to send.</summary>
    public async Task<ReceivedWebhook> RestartAndExpectOneDeliveryAsync(string reference)
    {
        await RestartAsync();

        var hook = (await Receiver.WaitForAsync(1, TimeSpan.FromSeconds(60))).Single();
        hook.Header(WebhookEventHeaders.Id).ShouldBe(reference);
        hook.Header(WebhookEventHeaders.Event).ShouldBe(reference[(reference.LastIndexOf(':') + 1)..]);
        WebhookSignature.Verify(Secret, hook.Body, hook.Header(WebhookEventHeaders.Signature)!).ShouldBeTrue();

        // Nothing left that could send it again: the delivery succeeded, no job waits or runs, both outboxes are empty.
        await Eventually.GetAsync(() => CountAsync("""
            SELECT (SELECT COUNT(*) FROM platform_webhook_deliveries WHERE "State" <> 'Succeeded')
                 + (SELECT COUNT(*) FROM platform_background_jobs WHERE "State" IN ('Pending', 'Running'))
                 + (SELECT COUNT(*) FROM platform_job_outbox) + (SELECT COUNT(*) FROM analysis_job_outbox)
            """), n => n == 0, TimeSpan.FromSeconds(60), "the delivery to succeed and every job to finish");
        (await CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);
        Receiver.Received.Count.ShouldBe(1);
        return hook;
    }

    /// <summary>Starts the host again on the same database, without the failpoint.</summary>
    public async Task RestartAsync()
    {
        await _host!.DisposeAsync();
        _host = await HostProcess.StartAsync(_settings);
        Client.Dispose();
        Client = NewClient();
    }

    /// <summary>
    /// Every reservation settled once; the entries sum to the grant less what was committed. Settling follows the
    /// committed terminal state (AnalysisSettlement), so a COMPLETED analysis's hold may still be open for a moment:
    /// wait until none is held, then judge.
    /// </summary>
    public async Task LedgerShouldBalanceAsync(int reservations, int committed)
    {
        await Eventually.GetAsync(() => CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'"),
            held => held == 0, TimeSpan.FromSeconds(30), "every credit reservation to be settled");
        (await CountAsync("SELECT COUNT(*) FROM platform_credit_reservations")).ShouldBe(reservations);
        (await CountAsync("SELECT COUNT(DISTINCT \"Reference\") FROM platform_credit_reservations")).ShouldBe(reservations);
        (await CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Committed'")).ShouldBe(committed);
        (await CountAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Released'")).ShouldBe(reservations - committed);
        (await CountAsync("SELECT SUM(\"Amount\") FROM platform_credit_entries")).ShouldBe(Credits - committed);
    }

    public async Task<JsonElement> GetDataAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("data");
    }

    public Task<object?> ScalarAsync(string sql) => _database.ScalarAsync(sql);

    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await _database.ScalarAsync(sql), CultureInfo.InvariantCulture);

    private HttpClient NewClient()
    {
        var client = new HttpClient { BaseAddress = _host!.BaseAddress };
        client.DefaultRequestHeaders.Add(AnalysisProduct.KeyHeader, _key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        Proxy?.Open();
        if (Proxy is not null) await Proxy.DisposeAsync();
        if (_fake is not null) await _fake.DisposeAsync();
        await Receiver.DisposeAsync();
        await _database.DisposeAsync();
    }
}
