using System.Globalization;
using System.Text.Json;
using Forge.Fortune.Tests.Batches;
using Forge.Hosting.Diagnostics;
using Forge.Host.Webhooks;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// A webhook delivery survives a crash between being saved and its job being queued (ADR 61). Fortune's event
/// dispatch job hands <c>profile.created</c> to the kernel sender as it does in production; the host process (in-memory
/// job queue, so the queue dies with it) kills itself with SIGKILL at a failpoint, is started again on the same
/// database without it, and the receiver gets the delivery exactly once with the event's <c>X-Webhook-Id</c>.
/// </summary>
[ProviderSensitive]
public sealed class WebhookCrashTests
{
    [Fact]
    public async Task Killed_right_after_the_delivery_is_saved_the_webhook_is_delivered_once_after_restart()
    {
        await using var run = await CrashRun.StartAsync(Failpoint.WebhookDeliverySaved);
        await run.CrashAsync();

        // The sender committed the delivery; its job went with it into the platform's outbox.
        (await run.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);

        await run.RestartAndExpectOneDeliveryAsync();
    }

    [Fact]
    public async Task Killed_before_the_outbox_dispatcher_records_the_delivery_job_the_webhook_is_delivered_once_after_restart()
    {
        await using var run = await CrashRun.StartAsync(Failpoint.OutboxBeforeRecord(WebhookDeliveryJob.JobName));
        await run.CrashAsync();

        // Exactly the gap: the delivery is saved and its job staged, but no job exists anywhere yet.
        (await run.CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries WHERE \"State\" = 'Pending' AND \"Attempts\" = 0")).ShouldBe(1);
        (await run.CountAsync($"SELECT COUNT(*) FROM platform_job_outbox WHERE \"ArgsType\" = '{typeof(WebhookDeliveryArgs).FullName}'")).ShouldBe(1);
        (await run.CountAsync($"SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = '{WebhookDeliveryJob.JobName}'")).ShouldBe(0);
        run.Receiver.Received.ShouldBeEmpty();

        await run.RestartAndExpectOneDeliveryAsync();
    }

    /// <summary>One database, one receiver, a host armed with a failpoint and then one without.</summary>
    private sealed class CrashRun : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly Dictionary<string, string?> _settings;
        private readonly string _failpoint;
        private HostProcess? _host;
        private string _key = "";

        private CrashRun(TestDatabase database, WebhookReceiver receiver, string failpoint)
        {
            _database = database;
            Receiver = receiver;
            _failpoint = failpoint;
            _settings = new Dictionary<string, string?>(database.Settings())
            {
                ["Forge:SeedDemo"] = "false",
                ["Forge:Modules"] = "Fortune",
                ["Forge:Jobs:Storage"] = "InMemory",
                ["Forge:Jobs:PollingSeconds"] = "0.2",
                ["Forge:Webhooks:AllowPrivateTargets"] = "true",
            };
        }

        public WebhookReceiver Receiver { get; }

        public static async Task<CrashRun> StartAsync(string failpoint) =>
            new(await TestDatabase.CreateAsync(), await WebhookReceiver.StartAsync(), failpoint);

        /// <summary>A hook on <c>profile.created</c>, one profile, and the armed host dying at the failpoint.</summary>
        public async Task CrashAsync()
        {
            _host = await HostProcess.StartAsync(new Dictionary<string, string?>(_settings) { [Failpoint.Variable] = _failpoint });
            _key = await BatchCrashTests.CreateKeyAsync(_settings); // once the host has migrated the database
            using (var client = Client())
            {
                await client.CreateHookAsync(Receiver.Url(), "profile.created");
                await client.CreateProfileAsync();
            }
            (await _host.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(137, _host.Output); // 128 + SIGKILL
            _host.Output.ShouldContain($"failpoint {_failpoint}:");
        }

        public async Task RestartAndExpectOneDeliveryAsync()
        {
            await _host!.DisposeAsync();
            _host = await HostProcess.StartAsync(_settings);

            var delivered = (await Receiver.WaitForAsync(1, TimeSpan.FromSeconds(60))).Single();
            var body = JsonDocument.Parse(delivered.Body).RootElement;
            body.Str("type").ShouldBe("profile.created");
            body.Str("id").ShouldMatch("^evt_[0-9a-z]{16}$");
            delivered.Header("X-Webhook-Id").ShouldBe(body.Str("id"));

            // Nothing left that could send it again: the delivery succeeded, no job is waiting or running, both outboxes
            // are empty (the event dispatch job re-ran after the crash and found the delivery by its reference).
            await Eventually.GetAsync(() => CountAsync("""
                SELECT (SELECT COUNT(*) FROM platform_webhook_deliveries WHERE "State" <> 'Succeeded')
                     + (SELECT COUNT(*) FROM platform_background_jobs WHERE "State" IN ('Pending', 'Running'))
                     + (SELECT COUNT(*) FROM platform_job_outbox) + (SELECT COUNT(*) FROM fortune_job_outbox)
                """), n => n == 0, TimeSpan.FromSeconds(60), "the delivery to succeed and every job to finish");
            (await CountAsync("SELECT COUNT(*) FROM platform_webhook_deliveries")).ShouldBe(1);
            (await CountAsync($"SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = '{WebhookDeliveryJob.JobName}'")).ShouldBe(1);
            Receiver.Received.Count.ShouldBe(1);

            // Fortune's own record of the event agrees, and says it was handed over.
            (await _database.ScalarAsync("SELECT \"Id\" FROM fortune_events WHERE \"Type\" = 'profile.created' AND \"DispatchedAt\" IS NOT NULL"))
                .ShouldBe(body.Str("id"));
        }

        public async Task<long> CountAsync(string sql) => Convert.ToInt64(await _database.ScalarAsync(sql), CultureInfo.InvariantCulture);

        private HttpClient Client()
        {
            var client = new HttpClient { BaseAddress = _host!.BaseAddress };
            client.DefaultRequestHeaders.Add("X-API-Key", _key);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            if (_host is not null) await _host.DisposeAsync();
            await Receiver.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
