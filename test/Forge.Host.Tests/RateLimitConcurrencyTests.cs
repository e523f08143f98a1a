using System.Net;
using Forge.Hosting.Identity;

namespace Forge.Host.Tests;

/// <summary>
/// The limiter counts in memory (or Redis) and never on the database, and stays exact when the
/// calls arrive at once: of 60 concurrent calls against a limit of 20, exactly 20 pass.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class RateLimitConcurrencyTests
{
    private const int Limit = 20, Calls = 60;

    [Fact]
    public Task In_memory_counters_admit_exactly_the_limit_under_concurrency() => RunAsync(redis: null);

    [Fact]
    public async Task Redis_counters_admit_exactly_the_limit_under_concurrency()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is { Length: > 0 } redis) await RunAsync(redis);
        else if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Assert.Fail("FORGE_TEST_REDIS is not set, but CI is.");
    }

    private static async Task RunAsync(string? redis)
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["Forge:RateLimits:Platform:PermitLimit"] = $"{Limit}",
            // A day-long window: the burst cannot straddle a window boundary and split its count.
            ["Forge:RateLimits:Platform:WindowSeconds"] = "86400",
        });
        var tenant = await host.CreateTenantAsync($"burst-{Guid.NewGuid():N}"[..20]);
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        var responses = await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => client.GetAsync("/api/platform/whoami")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(Limit);
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(Calls - Limit);
    }
}
