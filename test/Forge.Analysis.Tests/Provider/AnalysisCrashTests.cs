using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Analysis.Tests.Api;
using Forge.Host;
using Forge.Host.ApiKeys;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.Identity;
using Forge.Hosting.Webhooks;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// Issue 10 acceptance 2: the host process is killed (SIGKILL, in-memory job queue) in the middle of a batch and started
/// again on the same database. Every accepted analysis completes exactly once, each reservation is committed once, the
/// ledger balances and one batch.completed is delivered. The items are slowed by a model writing their text (ADR 47) so
/// the kill lands mid-batch; the built-in engine alone finishes too fast to interrupt.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisCrashTests
{
    private const int Items = 20;
    private const long Credits = 25;

    [Fact]
    public async Task A_batch_interrupted_by_a_crash_settles_every_item_once_after_restart_and_the_ledger_balances()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromMilliseconds(400), FakeAiOutcome.Reply(ProviderReplies.Valid()));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Webhooks:AllowPrivateTargets"] = "true",
            ["Forge:AI:Providers:Anthropic:ApiKey"] = anthropic.ApiKey,
            ["Forge:AI:Providers:Anthropic:BaseUrl"] = anthropic.ConfiguredBaseUrl,
            ["Forge:AI:Products:analysis:Aliases:0"] = "haiku",
        };

        string batchId;
        string key;
        await using (var first = await HostProcess.StartAsync(settings))
        {
            key = await CreateKeyAsync(settings); // once the first host has migrated the database
            using var client = Client(first, key);
            var body = new
            {
                analyses = Enumerable.Range(0, Items).Select(i => new
                {
                    referenceId = $"r{i}",
                    resumeData = new { type = "text", content = AnalysisApi.Resume },
                    jobPostingData = new { type = "text", content = AnalysisApi.Posting },
                }),
                options = new { webhook = new { url = receiver.Url(), secret = "crash-secret" }, parallel = 2 },
            };
            using var created = await client.PostAsJsonAsync("/public/v1/analyses/batch", body);
            created.StatusCode.ShouldBe(HttpStatusCode.Accepted, await created.Content.ReadAsStringAsync());
            batchId = (await created.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;

            // 20 items, 2 at a time, ≥ 400 ms each: ≥ 4 s in all. Kill once a few, not all, are done.
            await Eventually.GetAsync(() => BatchAsync(client, batchId), b => b.GetProperty("counts").GetProperty("completed").GetInt32() >= 3,
                TimeSpan.FromSeconds(60), "a few items to complete");
            await first.KillAsync();
        }

        var doneBeforeRestart = await CountAsync(database, "SELECT COUNT(*) FROM analysis_analyses WHERE \"Status\" = 'COMPLETED'");
        doneBeforeRestart.ShouldBeInRange(3, Items - 1); // the crash really landed mid-batch
        receiver.Received.ShouldBeEmpty();

        await using (var second = await HostProcess.StartAsync(settings))
        {
            using var client = Client(second, key);
            var done = await Eventually.GetAsync(() => BatchAsync(client, batchId), b => b.GetProperty("status").GetString() == "COMPLETED",
                TimeSpan.FromSeconds(120), "the batch to complete after the restart");
            done.GetProperty("counts").GetProperty("completed").GetInt32().ShouldBe(Items);
            var hook = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30))).Single();
            hook.Header(WebhookEventHeaders.Event).ShouldBe("batch.completed");
            WebhookSignature.Verify("crash-secret", hook.Body, hook.Header(WebhookEventHeaders.Signature)!).ShouldBeTrue();
            JsonSerializer.Deserialize<JsonElement>(hook.Body).GetProperty("data").GetProperty("id").GetString().ShouldBe(batchId);
            await Eventually.GetAsync(() => CountAsync(database, "SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Held'"),
                n => n == 0, TimeSpan.FromSeconds(30), "every reservation settled");
        }

        (await CountAsync(database, "SELECT COUNT(*) FROM analysis_analyses")).ShouldBe(Items);
        (await CountAsync(database, "SELECT COUNT(*) FROM analysis_analyses WHERE \"Status\" = 'COMPLETED'")).ShouldBe(Items);
        (await CountAsync(database, "SELECT COUNT(*) FROM platform_credit_reservations")).ShouldBe(Items);
        (await CountAsync(database, "SELECT COUNT(*) FROM platform_credit_reservations WHERE \"State\" = 'Committed'")).ShouldBe(Items);
        (await CountAsync(database, "SELECT COUNT(DISTINCT \"Reference\") FROM platform_credit_reservations")).ShouldBe(Items);
        // The ledger balances: granted − committed = what is left, and the entries sum to it.
        (await CountAsync(database, "SELECT SUM(\"Amount\") FROM platform_credit_entries")).ShouldBe(Credits - Items);
        (await CountAsync(database, "SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);
        receiver.Received.Count.ShouldBe(1);
    }

    private static HttpClient Client(HostProcess host, string key)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add(AnalysisProduct.KeyHeader, key);
        return client;
    }

    private static async Task<JsonElement> BatchAsync(HttpClient client, string id) =>
        (await (await client.GetAsync($"/public/v1/analyses/batch/{id}")).JsonAsync()).GetProperty("data");

    private static async Task<long> CountAsync(TestDatabase database, string sql) =>
        Convert.ToInt64(await database.ScalarAsync(sql), CultureInfo.InvariantCulture);

    /// <summary>An Analysis key of a new tenant holding <paramref name="credits"/>, made through the host's services on the same database.</summary>
    internal static async Task<string> CreateKeyAsync(IDictionary<string, string?> settings, long credits = Credits)
    {
        await using var app = ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("crash-co", Editions.Enterprise);
        await scope.ServiceProvider.GetRequiredService<ICreditLedger>().GrantAsync(tenant.Id, credits, "test", "crash-grant");
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, Products.Analysis, null)).Plaintext;
    }
}
