using Xunit.Abstractions;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Issue 12's acceptance as a suite test: three hosts behind nginx on PostgreSQL + Redis, one killed and restarted,
/// another drained from nginx and stopped gracefully under load (<see cref="ClusterScenario"/>). It runs on the
/// PostgreSQL pass when <c>FORGE_CLUSTER_TEST=1</c> (<c>Category=Cluster</c>; about two minutes on a quiet machine), and
/// needs Debian's nginx (etc/scripts/start-services.sh installs it).
/// <c>etc/scripts/cluster-test.sh</c> runs the same scenario and prints its figures.
/// </summary>
[ProviderSensitive]
[Trait("Category", "Cluster")]
public sealed class ClusterChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Three_hosts_behind_nginx_lose_nothing_when_one_is_killed_and_another_stopped()
    {
        if (!TestDatabase.IsPostgreSql) return; // the SQLite pass: a cluster shares PostgreSQL, so this runs on the PostgreSQL pass only
        // On demand still (ADR 60): the drain closed the POST-502 window, but 5 of 11 runs failed for reasons the drain
        // does not touch — a stop outlasting shutdownTimeoutSeconds (a WebSocket chat held open, then aborted: its
        // session cancels its task) ends in exit code 134 (Hangfire's StopAsync throws OperationCanceledException,
        // unhandled); once a restarting host was not ready in 120 s at load 95. etc/scripts/cluster-test.sh sets it.
        if (Environment.GetEnvironmentVariable("FORGE_CLUSTER_TEST") != "1") return;
        var figures = await new ClusterScenario().RunAsync(line => output.WriteLine(line));

        var report = ClusterReport.Format(figures);
        output.WriteLine(report);
        ClusterReport.Save(report);
        // Nothing lost, nothing twice, errors only where the kill cut them off; latencies are printed, not judged here.
        figures.Where(f => !f.Pass && !f.Timing).Select(f => $"{f.Name}: {f.Value}").ShouldBeEmpty();
    }
}

