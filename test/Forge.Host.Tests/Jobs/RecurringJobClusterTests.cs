namespace Forge.Host.Tests.Jobs;

/// <summary>
/// A recurring job (the test module's tick, every 2 s) runs once per occurrence with two hosts sharing
/// Hangfire's PostgreSQL storage, not once per host (ADR 21).
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class RecurringJobClusterTests
{
    [Fact]
    public async Task A_recurring_job_runs_once_per_period_with_two_hosts()
    {
        if (!TestDatabase.IsPostgreSql) return; // shared job storage needs the PostgreSQL run's server
        await using var cluster = await JobCluster.CreateAsync("PostgreSql", new Dictionary<string, string?> { ["Notes:TickSeconds"] = "2" });
        await cluster.StartHostAsync();
        await cluster.StartHostAsync();

        // Runs are counted from the time both hosts are up; each names the occurrence (fire time) it served.
        var from = DateTime.UtcNow;
        var ticks = await Eventually.GetAsync(async () => (await cluster.EffectsAsync("tick:")).Where(t => t.At > from).ToList(),
            t => t.Count >= 5, TimeSpan.FromSeconds(60), "five ticks");

        var perOccurrence = ticks.GroupBy(t => t.Key.Split(':')[1..4].Aggregate((x, y) => x + ":" + y)).ToList();
        perOccurrence.ShouldAllBe(g => g.Count() == 1, string.Join(", ", ticks.Select(t => t.Key)));
    }
}
