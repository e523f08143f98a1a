using System.Net;
using Forge.Host.RateLimiting;
using Forge.Hosting.Identity;
using StackExchange.Redis;
using static Forge.Host.Tests.RateLimitTestSupport;

namespace Forge.Host.Tests;

/// <summary>
/// Counters shared through Redis (<c>FORGE_TEST_REDIS</c>, e.g. 127.0.0.1:6379). Without it the
/// tests return early locally and fail in CI, where test.sh always starts Redis.
/// </summary>
[ProviderSensitive]
public sealed class RateLimitingRedisTests
{
    private const long Window = WindowThatCannotRollOver;
    private static readonly TimeSpan WindowSpan = TimeSpan.FromSeconds(Window);

    [Fact]
    public async Task Two_hosts_on_one_database_share_a_tenants_counter()
    {
        if (RedisOrSkip() is not { } redis) return;
        await using var a = await TestHost.StartAsync(settings: Settings(redis));
        await using var b = await TestHost.StartAsync(settings: new Dictionary<string, string?>(Settings(redis))
        {
            ["Database:Provider"] = a.Database.Provider,
            ["ConnectionStrings:Default"] = a.Database.ConnectionString,
            ["Forge:DataDirectory"] = a.Database.DataDirectory,
        });
        var key = await a.CreateKeyAsync(await a.CreateTenantAsync("acme"), Products.Fortune);
        var viaA = a.ClientWithKey(key);
        var viaB = b.ClientWithKey(key);

        for (var i = 0; i < 3; i++) (await viaA.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 2; i++) (await viaB.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRateLimitedAsync(await viaB.GetAsync("/api/platform/whoami"), Window);
        await ShouldBeRateLimitedAsync(await viaA.GetAsync("/api/platform/whoami"), Window);
    }

    [Fact]
    public async Task Counters_live_in_redis_with_an_expiry_and_any_counter_instance_continues_them()
    {
        if (RedisOrSkip() is not { } redis) return;
        await using var host = await TestHost.StartAsync(settings: Settings(redis));
        var tenant = await host.CreateTenantAsync("acme");
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));

        for (var i = 0; i < 2; i++) (await client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints().Single());
        // The platform's policies count under the "platform" scope, the rule named after the policy.
        var keys = server.Keys(pattern: $"forge:rl:platform:platform:t:{tenant.Id}:*").ToList();
        keys.Count.ShouldBe(1);
        var database = connection.GetDatabase();
        ((long)await database.StringGetAsync(keys[0])).ShouldBe(2);
        (await database.KeyTimeToLiveAsync(keys[0])).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(WindowSpan + TimeSpan.FromSeconds(1));

        var counter = new RedisRateLimitCounter(connection);
        var start = Forge.Hosting.RateLimiting.RateLimitWindows.AlignedStart(DateTimeOffset.UtcNow, WindowSpan);
        (await counter.HitAsync($"platform:platform:t:{tenant.Id}", start, WindowSpan)).Count.ShouldBe(3);
        await counter.HitAsync($"platform:platform:t:{tenant.Id}", start, WindowSpan);
        (await counter.HitAsync($"platform:platform:t:{tenant.Id}", start, WindowSpan)).Count.ShouldBe(5);

        await ShouldBeRateLimitedAsync(await client.GetAsync("/api/platform/whoami"), Window);
        ((long)await database.StringGetAsync(keys[0])).ShouldBe(6);
    }

    private static Dictionary<string, string?> Settings(string redis) => new()
    {
        ["ConnectionStrings:Redis"] = redis,
        ["Forge:RateLimits:Platform:PermitLimit"] = "5",
        ["Forge:RateLimits:Platform:WindowSeconds"] = $"{Window}",
    };

    private static string? RedisOrSkip()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is { Length: > 0 } redis) return redis;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail("FORGE_TEST_REDIS is not set, but CI is: the Redis rate-limit tests must run in CI (etc/scripts/test.sh sets it).");
        return null;
    }
}
