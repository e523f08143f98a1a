using System.Net;
using Forge.Host.ApiKeys;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.Features;
using Forge.Hosting.Identity;
using Forge.TestModules.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>
/// Host B serves credentials, tenants and features from memory (ADR 24). A suspend, a key revoke
/// and a feature change made on host A, or by the CLI as a separate process, must reach B within
/// a second: through Redis pub/sub when it is configured, else through the polled change version.
/// Each check first proves B allowed the request (so B had it cached), then polls B until the
/// change lands, with a one-second deadline.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class CrossHostInvalidationTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);

    [Fact]
    public Task Changes_made_on_host_A_reach_host_B_without_Redis() => RunAsync(redis: null, viaCli: false);

    [Fact]
    public Task Changes_made_by_the_CLI_reach_host_B_without_Redis() => RunAsync(redis: null, viaCli: true);

    [Fact]
    public async Task Changes_made_on_host_A_reach_host_B_through_Redis()
    {
        if (RedisOrSkip() is { } redis) await RunAsync(redis, viaCli: false);
    }

    [Fact]
    public async Task Changes_made_by_the_CLI_reach_host_B_through_Redis()
    {
        if (RedisOrSkip() is { } redis) await RunAsync(redis, viaCli: true);
    }

    private static async Task RunAsync(string? redis, bool viaCli)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["Forge:RateLimits:Platform:PermitLimit"] = "0",
            ["Forge:RateLimits:Fortune:PermitLimit"] = "0",
        };
        await using var a = await TestHost.StartAsync(["Notes"], settings);
        await using var b = await TestHost.StartAsync(["Notes"], settings, database: a.Database);
        var change = new Changer(a, viaCli, redis);

        var tenant = await a.CreateTenantAsync("moving", Editions.Free);
        var revokedKey = await a.CreateKeyAsync(tenant, Products.Fortune);
        var client = b.ClientWithKey(await a.CreateKeyAsync(tenant, Products.Fortune));

        // Feature: B caches "off" (Free edition), then sees the override.
        (await client.GetAsync("/test/notes/premium")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await change.SetFeatureAsync(tenant, NotesModule.PremiumFeature, "true");
        await StatusLandsAsync(client, "/test/notes/premium", HttpStatusCode.OK, "the feature override on host B");

        // Key revoke: B caches the key as active, then refuses it.
        var revokedClient = b.ClientWithKey(revokedKey);
        (await revokedClient.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await change.RevokeKeyAsync(revokedKey);
        await StatusLandsAsync(revokedClient, "/api/platform/whoami", HttpStatusCode.Unauthorized, "the key revocation on host B");

        // Suspend: B caches the tenant as active, then refuses its other key with 403; resume lets it back in.
        (await client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await change.SetSuspendedAsync(tenant, true);
        await StatusLandsAsync(client, "/api/platform/whoami", HttpStatusCode.Forbidden, "the suspension on host B");
        await change.SetSuspendedAsync(tenant, false);
        await StatusLandsAsync(client, "/api/platform/whoami", HttpStatusCode.OK, "the resumption on host B");
    }

    private static Task StatusLandsAsync(HttpClient client, string path, HttpStatusCode expected, string what) =>
        Eventually.GetAsync(async () => (await client.GetAsync(path)).StatusCode, s => s == expected, Within, what);

    private static string? RedisOrSkip()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is { Length: > 0 } redis) return redis;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail("FORGE_TEST_REDIS is not set, but CI is: the Redis invalidation tests must run in CI.");
        return null;
    }

    /// <summary>Makes each change through host A's services, or through the CLI as its own process.</summary>
    private sealed class Changer(TestHost a, bool viaCli, string? redis)
    {
        public Task SetFeatureAsync(Tenant tenant, string feature, string value) => viaCli
            ? CliAsync("feature", "set", feature, value, "--tenant", tenant.Name)
            : a.InScopeAsync(async sp => { await sp.GetRequiredService<FeatureManager>().SetAsync(tenant, feature, value); return 0; });

        public Task RevokeKeyAsync(string key)
        {
            var keyId = key.Substring("bs_live_".Length, 12);
            return viaCli ? CliAsync("key", "revoke", keyId) : a.InScopeAsync(sp => sp.GetRequiredService<ApiKeyManager>().RevokeAsync(keyId));
        }

        public Task SetSuspendedAsync(Tenant tenant, bool suspended) => viaCli
            ? CliAsync("tenant", suspended ? "suspend" : "resume", tenant.Name)
            : a.InScopeAsync(sp => suspended
                ? sp.GetRequiredService<TenantManager>().SuspendAsync(tenant.Name)
                : sp.GetRequiredService<TenantManager>().ResumeAsync(tenant.Name));

        private async Task CliAsync(params string[] args)
        {
            var environment = CliProcess.Environment(a.Database);
            environment["Forge__PlugIns"] = TestHost.TestModulesAssembly;
            environment["Forge__Modules"] = "Notes";
            if (redis is not null) environment["ConnectionStrings__Redis"] = redis;
            var result = await CliProcess.RunAsync(environment, args);
            result.ExitCode.ShouldBe(0, result.ToString());
        }
    }
}
