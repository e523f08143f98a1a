using System.Net;
using Forge.Host.RateLimiting;
using Forge.TestModules.Tally;
using StackExchange.Redis;

namespace Forge.Host.Tests.ProductApi;

/// <summary>
/// The Tally test module's quotas (tenant, key, client IP; 2 calls each) on two hosts sharing one database and one
/// Redis: each partition is one count for both hosts, through the same kernel engine as the platform's limits.
/// </summary>
[ProviderSensitive]
public sealed class QuotaPartitionAcrossHostsTests
{
    [Fact]
    public async Task Tenant_key_and_ip_quotas_are_each_one_count_across_two_hosts()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is not { Length: > 0 } redis)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Assert.Fail("FORGE_TEST_REDIS is not set, but CI is.");
            return;
        }
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis };
        await using var a = await TestHost.StartAsync(["Tally"], settings);
        await using var b = await TestHost.StartAsync(["Tally"], settings, database: a.Database);
        var acme = await a.CreateTenantAsync("acme");
        var first = await a.CreateKeyAsync(acme, TallyModule.Product);
        var second = await a.CreateKeyAsync(acme, TallyModule.Product);
        var other = await a.CreateKeyAsync(await a.CreateTenantAsync("other"), TallyModule.Product);

        // Tenant: two keys of one tenant, one on each host, share the count; another tenant does not.
        await CallsShouldBeAsync("tenant", (a, first, HttpStatusCode.OK), (b, second, HttpStatusCode.OK),
            (a, second, HttpStatusCode.TooManyRequests), (b, first, HttpStatusCode.TooManyRequests), (b, other, HttpStatusCode.OK));

        // Key: one key's count spans both hosts; the tenant's other key has its own.
        await CallsShouldBeAsync("key", (a, first, HttpStatusCode.OK), (b, first, HttpStatusCode.OK),
            (a, first, HttpStatusCode.TooManyRequests), (b, second, HttpStatusCode.OK));

        // IP: every caller from 127.0.0.1 on either host. Its counter outlives the test (fixed window), so start it afresh.
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis))
            await connection.GetDatabase().KeyDeleteAsync(RedisRateLimitCounter.KeyOf($"{TallyModule.Product}:Ip:127.0.0.1", TallyModule.QuotaWindowStart));
        await CallsShouldBeAsync("ip", (a, first, HttpStatusCode.OK), (b, other, HttpStatusCode.OK), (a, second, HttpStatusCode.TooManyRequests),
            (b, first, HttpStatusCode.TooManyRequests));
    }

    /// <summary>Makes the calls in order (host, key, expected status) against Tally's quota route of <paramref name="partition"/>.</summary>
    private static async Task CallsShouldBeAsync(string partition, params (TestHost Host, string Key, HttpStatusCode Expected)[] calls)
    {
        var n = 0;
        foreach (var (host, key, expected) in calls)
            (await host.ClientWithKey(key).GetAsync($"/test/tally/limited/{partition}")).StatusCode.ShouldBe(expected, $"{partition} call {++n}");
    }
}
