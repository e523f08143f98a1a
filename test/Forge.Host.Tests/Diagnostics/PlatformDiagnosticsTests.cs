using Forge.Hosting.Diagnostics;
using Forge.TestModules.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Diagnostics;

/// <summary>The platform's database probe, pool figures and uptime serve any module's DbContext, not only Fortune's.</summary>
[Forge.TestKit.ProviderSensitive]
public sealed class PlatformDiagnosticsTests
{
    [Fact]
    public async Task A_modules_database_is_probed_with_a_real_round_trip_and_pool_figures_on_postgresql()
    {
        await using var host = await TestHost.StartAsync(["Notes"]);

        var probe = await host.InScopeAsync(sp =>
            sp.GetRequiredService<IDatabaseProbe<NotesDbContext>>().PingAsync(TimeSpan.FromSeconds(10), CancellationToken.None));

        probe.Reachable.ShouldBeTrue(probe.Error);
        probe.LatencyMs.ShouldNotBeNull().ShouldBeGreaterThan(0);
        probe.Provider.ShouldBe(TestDatabase.IsPostgreSql ? "postgresql" : "sqlite");
        if (TestDatabase.IsPostgreSql)
            probe.Pool.ShouldNotBeNull().Max.ShouldBeGreaterThan(0);
        else
            probe.Pool.ShouldBeNull("SQLite publishes no pool figures; none are invented");
    }

    [Fact]
    public async Task Uptime_counts_from_the_process_start()
    {
        await using var host = await TestHost.StartAsync();
        var uptime = host.Services.GetRequiredService<IProcessUptime>();

        uptime.StartedAt.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow);
        uptime.Elapsed.ShouldBeGreaterThan(TimeSpan.Zero);
        UptimeText.Human(TimeSpan.FromHours(50)).ShouldBe("2 days 2 hours");
        UptimeText.Human(TimeSpan.Zero).ShouldBe("0 seconds");
    }
}
