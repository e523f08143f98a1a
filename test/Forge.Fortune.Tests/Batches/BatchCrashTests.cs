using System.Globalization;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.Host;
using Forge.Host.ApiKeys;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.Webhooks;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.Tests.Batches;

/// <summary>
/// The host process is killed (SIGKILL; in-memory job queue, so the queue dies with it) in the middle of a
/// batch and started again on the same database: the kernel's recovery re-runs the job, the job skips the
/// finished items, and the batch completes with one fortune per profile, one completion event and one webhook.
/// </summary>
[ProviderSensitive]
public sealed class BatchCrashTests
{
    private const int Profiles = 16;

    [Fact]
    public async Task A_batch_interrupted_by_a_crash_completes_after_restart_without_duplicate_fortunes()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromMilliseconds(300), FakeAiOutcome.Reply(FortuneAiTests.GoodReply));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Modules"] = "Fortune",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Webhooks:AllowPrivateTargets"] = "true",
            ["Forge:AI:Providers:Anthropic:ApiKey"] = anthropic.ApiKey,
            ["Forge:AI:Providers:Anthropic:BaseUrl"] = anthropic.ConfiguredBaseUrl,
            ["Fortune:Batch:Concurrency"] = "2",
        };

        string batchId, secret;
        List<string> ids;
        string key;
        await using (var first = await HostProcess.StartAsync(settings))
        {
            key = await CreateKeyAsync(settings); // once the first host has migrated the database
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            client.DefaultRequestHeaders.Add("X-API-Key", key);
            ids = await client.CreateProfilesAsync(Profiles);
            var created = await client.CreateBatchAsync(BatchApi.Body(ids, extra: $"\"webhook_url\":\"{receiver.Url()}\""));
            batchId = created.Str("id");
            secret = created.Str("webhook_secret");

            // Kill it once some, but not all, items are done (16 items, 2 at a time, 300 ms each: ~2.4 s).
            await Eventually.GetAsync(() => client.GetBatchAsync(batchId), b => b.GetProperty("completed_count").GetInt32() >= 3,
                TimeSpan.FromSeconds(60), "a few items to complete");
            await first.KillAsync();
        }

        var doneBeforeRestart = await CountAsync(database, "SELECT COUNT(*) FROM fortune_batch_items WHERE \"Status\" <> 'pending'");
        doneBeforeRestart.ShouldBeInRange(3, Profiles - 1); // the crash really landed mid-batch
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_batches WHERE \"Status\" = 'processing'")).ShouldBe(1);
        receiver.Received.ShouldBeEmpty();

        await using (var second = await HostProcess.StartAsync(settings))
        {
            using var client = new HttpClient { BaseAddress = second.BaseAddress };
            client.DefaultRequestHeaders.Add("X-API-Key", key);
            var done = await client.WaitFinishedAsync(batchId);
            done.Str("status").ShouldBe("completed");
            done.GetProperty("completed_count").GetInt32().ShouldBe(Profiles);
            done.Results().Select(r => r.Str("profile_id")).ShouldBe(ids);
            done.Results().ShouldAllBe(r => r.GetProperty("status").GetString() == "success");
            done.Results().Select(r => r.Str("fortune_id")).Distinct().Count().ShouldBe(Profiles);

            var delivered = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(30))).Single();
            WebhookSignature.Verify(secret, delivered.Body, delivered.Header("X-Webhook-Signature")!).ShouldBeTrue();
            var payload = JsonDocument.Parse(delivered.Body).RootElement;
            payload.Str("batch_id").ShouldBe(batchId);
            payload.GetProperty("completed_count").GetInt32().ShouldBe(Profiles);
            await Eventually.GetAsync(() => CountAsync(database, "SELECT COUNT(*) FROM platform_webhook_deliveries WHERE \"State\" = 'Succeeded'"),
                n => n == 1, TimeSpan.FromSeconds(30), "the delivery to be recorded");
        }

        (await CountAsync(database, "SELECT \"CompletedCount\" FROM fortune_batches")).ShouldBe(Profiles);
        (await CountAsync(database, "SELECT \"FailedCount\" FROM fortune_batches")).ShouldBe(0);
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_batch_items WHERE \"Status\" = 'success'")).ShouldBe(Profiles);
        // One fortune per profile, and each item points at it.
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_fortunes")).ShouldBe(Profiles);
        (await CountAsync(database, "SELECT COUNT(DISTINCT \"ProfileId\") FROM fortune_fortunes")).ShouldBe(Profiles);
        (await CountAsync(database, """
            SELECT COUNT(*) FROM fortune_batch_items i JOIN fortune_fortunes f ON f."Id" = i."FortuneId" AND f."ProfileId" = i."ProfileId"
            """)).ShouldBe(Profiles);
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_events WHERE \"Type\" = 'batch.completed'")).ShouldBe(1);
        (await CountAsync(database, "SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);
        receiver.Received.Count.ShouldBe(1);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql) =>
        Convert.ToInt64(await database.ScalarAsync(sql), CultureInfo.InvariantCulture);

    /// <summary>A Fortune key of a new Enterprise tenant, made through the host's services on the same database.</summary>
    internal static async Task<string> CreateKeyAsync(IDictionary<string, string?> settings)
    {
        await using var app = ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("crash-co", Editions.Enterprise);
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, Products.Fortune, null)).Plaintext;
    }
}
