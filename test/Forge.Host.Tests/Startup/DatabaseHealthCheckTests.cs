using Forge.Host.Data;
using Forge.Host.Health;
using Forge.Hosting.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.Host.Tests.Startup;

/// <summary>Readiness asks the platform's database over a plain connection (ADR 76), and says so when it does not answer.</summary>
[ProviderSensitive]
public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task The_host_database_answers()
    {
        await using var host = await TestHost.StartAsync();
        var check = ActivatorUtilities.CreateInstance<DatabaseHealthCheck>(host.Services);
        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task A_database_that_does_not_answer_is_unhealthy_not_an_exception()
    {
        // Nothing listens on port 1 of the loopback address: the connection is refused at once.
        var nowhere = new ContextDatabase(typeof(PlatformDbContext), typeof(PostgreSqlPlatformDbContext), DatabaseProvider.PostgreSql,
            "Host=127.0.0.1;Port=1;Username=forge;Password=forge;Timeout=5", "__EFMigrationsHistory");
        var result = await new DatabaseHealthCheck([nowhere]).CheckHealthAsync(new HealthCheckContext());
        result.Status.ShouldBe(HealthStatus.Unhealthy);
        result.Description.ShouldBe("The platform database did not answer.");
        result.Exception.ShouldNotBeNull();
    }
}
