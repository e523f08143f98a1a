using System.Net;
using Forge.Hosting.Identity;
using static Forge.Host.Tests.RateLimitTestSupport;

namespace Forge.Host.Tests;

/// <summary>
/// The quota engine counts in memory (or Redis) and never on the database, and stays exact when the calls arrive
/// at once: of 40 concurrent calls against a limit of 25, exactly 25 pass and 15 get 429 with Retry-After, on one
/// host with either counter, and on two hosts sharing one Redis, which enforce one limit together.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class RateLimitConcurrencyTests
{
    private const int Limit = 25, Calls = 40;

    [Fact]
    public Task In_memory_counters_admit_exactly_the_limit_under_concurrency() => OneHostAsync(redis: null);

    [Fact]
    public async Task Redis_counters_admit_exactly_the_limit_under_concurrency()
    {
        if (RedisOrSkip() is { } redis) await OneHostAsync(redis);
    }

    [Fact]
    public async Task Two_hosts_sharing_redis_admit_exactly_the_limit_together_under_concurrency()
    {
        if (RedisOrSkip() is not { } redis) return;
        await using var a = await TestHost.StartAsync(settings: Settings(redis));
        await using var b = await TestHost.StartAsync(settings: Settings(redis), database: a.Database);
        var key = await a.CreateKeyAsync(await a.CreateTenantAsync($"pair-{Guid.NewGuid():N}"[..20]), Products.Fortune);
        var viaA = a.ClientWithKey(key);
        var viaB = b.ClientWithKey(key);

        var responses = await Task.WhenAll(Enumerable.Range(0, Calls).Select(i => (i % 2 == 0 ? viaA : viaB).GetAsync("/api/platform/whoami")));

        await ShouldAdmitExactlyTheLimitAsync(responses);
    }

    private static async Task OneHostAsync(string? redis)
    {
        await using var host = await TestHost.StartAsync(settings: Settings(redis));
        var tenant = await host.CreateTenantAsync($"burst-{Guid.NewGuid():N}"[..20]);
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        var responses = await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => client.GetAsync("/api/platform/whoami")));

        await ShouldAdmitExactlyTheLimitAsync(responses);
    }

    private static async Task ShouldAdmitExactlyTheLimitAsync(HttpResponseMessage[] responses)
    {
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(Limit);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        refused.Count.ShouldBe(Calls - Limit);
        foreach (var response in refused)
        {
            await ShouldBeRateLimitedAsync(response, WindowThatCannotRollOver);
            response.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("0");
        }
    }

    private static Dictionary<string, string?> Settings(string? redis) => new()
    {
        ["ConnectionStrings:Redis"] = redis,
        ["Forge:RateLimits:Platform:PermitLimit"] = $"{Limit}",
        ["Forge:RateLimits:Platform:WindowSeconds"] = $"{WindowThatCannotRollOver}",
    };

    private static string? RedisOrSkip()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is { Length: > 0 } redis) return redis;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Assert.Fail("FORGE_TEST_REDIS is not set, but CI is.");
        return null;
    }
}
