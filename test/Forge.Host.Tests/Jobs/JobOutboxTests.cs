using Forge.Host.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Jobs;

/// <summary>
/// Transactional enqueue (ADR 20): a job staged in a module's transaction exists exactly when the transaction
/// commits, and a commit runs it exactly once even if the host is killed right after the commit.
/// Real host processes on SQLite or PostgreSQL (whichever the run selects), in-memory job storage.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class JobOutboxTests
{
    [Fact]
    public async Task A_job_staged_in_a_transaction_that_rolls_back_never_runs()
    {
        await using var cluster = await JobCluster.CreateAsync("InMemory");
        var host = await cluster.StartHostAsync();
        using var client = cluster.Client(host);
        var rolledBackKey = $"rollback-{Guid.NewGuid():N}";
        var committedKey = $"commit-{Guid.NewGuid():N}";

        var rolledBack = await JobCluster.PostAsync(client, "/test/notes/staged", new { text = "gone", key = rolledBackKey, rollback = true });
        var committed = await JobCluster.PostAsync(client, "/test/notes/staged", new { text = "kept", key = committedKey, rollback = false });

        // The committed job was staged after the rolled-back one; once it has run, the outbox has been drained past it.
        var committedId = committed.GetProperty("job_id").GetGuid();
        await Eventually.GetAsync(() => cluster.JobAsync(committedId), j => j?.State == BackgroundJobState.Succeeded,
            TimeSpan.FromSeconds(60), "the committed job to run");
        (await cluster.EffectsAsync(committedKey)).Count.ShouldBe(1);

        (await cluster.JobAsync(rolledBack.GetProperty("job_id").GetGuid())).ShouldBeNull(); // never recorded
        (await cluster.EffectsAsync(rolledBackKey)).ShouldBeEmpty();
        (await cluster.OutboxCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_committed_job_runs_exactly_once_even_if_the_host_is_killed_right_after_the_commit()
    {
        await using var cluster = await JobCluster.CreateAsync("InMemory");
        var first = await cluster.StartHostAsync();
        var key = $"killed-{Guid.NewGuid():N}";
        var gate = cluster.NewGate(); // closed: whatever the first host got to, it cannot finish the job
        Guid jobId;
        using (var client = cluster.Client(first))
            jobId = (await JobCluster.PostAsync(client, "/test/notes/staged", new { text = "n", key, gateFile = gate, rollback = false }))
                .GetProperty("job_id").GetGuid();
        await first.KillAsync();
        (await cluster.EffectsAsync(key)).ShouldNotContain(e => e.Key == key);

        await cluster.StartHostAsync();
        JobCluster.Open(gate);
        await Eventually.GetAsync(() => cluster.JobAsync(jobId), j => j?.State == BackgroundJobState.Succeeded,
            TimeSpan.FromSeconds(60), "the job to finish on the restarted host");

        (await cluster.EffectsAsync(key)).Count(e => e.Key == key).ShouldBe(1);
        (await cluster.OutboxCountAsync()).ShouldBe(0);
        // One record under the staged id: dispatched once, or twice and deduplicated by that id.
        (await cluster.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Data.PlatformDbContext>().BackgroundJobs.Count())))
            .ShouldBe(1);
    }
}
