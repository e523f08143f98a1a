using System.Globalization;
using Forge.Fortune.Tests.Batches;
using Forge.Hosting.Diagnostics;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// A graceful stop that outlasts the host's shutdown timeout while a job runs (ADR 60 addendum). The host process gets
/// SIGTERM while Fortune's event dispatch job is held at a failpoint that never returns, with a 2 s shutdown budget:
/// Hangfire's stop cannot finish, the host must still exit 0 (it used to abort with 134), and a restarted host runs the
/// job again from its lease and completes it exactly once. No sleeps: each step waits on what the host says or stores.
/// </summary>
[ProviderSensitive]
public sealed class JobServerStopTests
{
    private const string JobName = "fortune.event-dispatch";

    [Fact]
    public async Task Sigterm_while_a_job_outlasts_the_shutdown_timeout_exits_0_and_the_job_completes_once_after_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "false",
            ["Forge:Modules"] = "Fortune",
            ["Forge:Jobs:Storage"] = "InMemory",
            ["Forge:Jobs:PollingSeconds"] = "0.2",
            ["Forge:Jobs:LeaseSeconds"] = "2",
            ["Forge:Jobs:HeartbeatSeconds"] = "1",
            ["shutdownTimeoutSeconds"] = "2",
        };
        var failpoint = "block:" + Failpoint.JobRunning(JobName);

        var stopping = await HostProcess.StartAsync(new Dictionary<string, string?>(settings) { [Failpoint.Variable] = failpoint });
        await using (stopping)
        {
            var key = await BatchCrashTests.CreateKeyAsync(settings); // once the host has migrated the database
            using (var client = new HttpClient { BaseAddress = stopping.BaseAddress })
            {
                client.DefaultRequestHeaders.Add("X-API-Key", key);
                await client.CreateProfileAsync();
            }
            await Eventually.GetAsync(() => Task.FromResult(stopping.Output), o => o.Contains($"failpoint {failpoint}:", StringComparison.Ordinal),
                TimeSpan.FromSeconds(60), "the event dispatch job to start and block");
            (await CountAsync(database, $"SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = '{JobName}' AND \"State\" = 'Running'")).ShouldBe(1);

            await stopping.TerminateAsync();
            (await stopping.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, stopping.Output);
            stopping.Output.ShouldNotContain("duplicate", Case.Insensitive);
        }

        // Stopped mid-job: the record is still Running under a lease nobody renews, and the event is not dispatched.
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_events WHERE \"DispatchedAt\" IS NULL")).ShouldBe(1);

        await using var restarted = await HostProcess.StartAsync(settings);
        await Eventually.GetAsync(() => CountAsync(database, $"SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = '{JobName}' AND \"State\" = 'Succeeded'"),
            n => n == 1, TimeSpan.FromSeconds(60), "the handed-back job to complete on the restarted host");
        (await CountAsync(database, $"SELECT COUNT(*) FROM platform_background_jobs WHERE \"JobName\" = '{JobName}'")).ShouldBe(1);
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_events WHERE \"DispatchedAt\" IS NULL")).ShouldBe(0);
        (await CountAsync(database, "SELECT COUNT(*) FROM fortune_job_outbox")).ShouldBe(0);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql) =>
        Convert.ToInt64(await database.ScalarAsync(sql), CultureInfo.InvariantCulture);
}
