using Xunit.Abstractions;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Issue 12's acceptance as a suite test: three hosts behind nginx on PostgreSQL + Redis, one killed and restarted,
/// another drained from nginx and stopped gracefully under load (<see cref="ClusterScenario"/>). It runs on the
/// PostgreSQL pass of every suite run (<c>Category=Cluster</c>; about three minutes on a quiet machine; in CI since it ran
/// green five times in a row after the feed read in commit order, ADR 12 second addendum) and needs Debian's nginx and Redis
/// (etc/scripts/start-services.sh installs both; etc/scripts/test.sh sets <c>FORGE_TEST_REDIS</c>). Under <c>CI</c> a
/// missing prerequisite fails the test; elsewhere it says why it did not run. <c>etc/scripts/cluster-test.sh</c> runs
/// the same scenario alone and prints its figures.
/// </summary>
[ProviderSensitive]
[Trait("Category", "Cluster")]
public sealed class ClusterChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Three_hosts_behind_nginx_lose_nothing_when_one_is_killed_and_another_stopped()
    {
        if (!TestDatabase.IsPostgreSql) return; // the SQLite pass: a cluster shares PostgreSQL, so this runs on the PostgreSQL pass only
        if (MissingPrerequisite() is { } missing)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                Assert.Fail($"{missing}, but CI is set: the cluster test must run in CI (etc/scripts/start-services.sh installs nginx and Redis, etc/scripts/test.sh sets FORGE_TEST_REDIS).");
            output.WriteLine($"cluster test not run: {missing}");
            return;
        }
        var figures = await new ClusterScenario().RunAsync(line => output.WriteLine(line));

        var report = ClusterReport.Format(figures);
        output.WriteLine(report);
        ClusterReport.Save(report);
        // Nothing lost, nothing twice, errors only where the kill cut them off (or a reload closed an idle connection and
        // the client resent with its key, ADR 60 addendum); latencies are printed, not judged here.
        figures.Where(f => !f.Pass && !f.Timing).Select(f => $"{f.Name}: {f.Value}").ShouldBeEmpty();
    }

    private static string? MissingPrerequisite()
    {
        if (!File.Exists(ClusterProxy.Nginx) && !OnPath("nginx")) return "nginx is not installed";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FORGE_TEST_REDIS"))) return "FORGE_TEST_REDIS is not set";
        return null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, program)));
}
