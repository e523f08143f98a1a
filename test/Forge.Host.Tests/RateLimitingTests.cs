using System.Net;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using static Forge.Host.Tests.RateLimitTestSupport;

namespace Forge.Host.Tests;

public sealed class RateLimitingTests : IAsyncLifetime
{
    private const long Window = WindowThatCannotRollOver;
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Forge:RateLimits:Platform:PermitLimit"] = "5",
        ["Forge:RateLimits:Platform:WindowSeconds"] = $"{Window}",
        ["Forge:RateLimits:Anonymous:PermitLimit"] = "3",
        ["Forge:RateLimits:Anonymous:WindowSeconds"] = $"{Window}",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_sixth_call_in_the_window_gets_429_with_retry_after()
    {
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(await _host.CreateTenantAsync("acme"), Products.Fortune));

        for (var i = 1; i <= 5; i++)
            (await client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK, $"call {i}");

        await ShouldBeRateLimitedAsync(await client.GetAsync("/api/platform/whoami"), Window);
    }

    [Fact]
    public async Task The_limit_is_per_tenant_shared_by_its_keys_and_not_by_other_tenants()
    {
        var acme = await _host.CreateTenantAsync("acme");
        var acmeFortune = _host.ClientWithKey(await _host.CreateKeyAsync(acme, Products.Fortune));
        var acmeAnalysis = _host.ClientWithKey(await _host.CreateKeyAsync(acme, Products.Analysis));
        var globex = _host.ClientWithKey(await _host.CreateKeyAsync(await _host.CreateTenantAsync("globex"), Products.Fortune));

        for (var i = 0; i < 5; i++)
            (await acmeFortune.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRateLimitedAsync(await acmeFortune.GetAsync("/api/platform/whoami"), Window);
        await ShouldBeRateLimitedAsync(await acmeAnalysis.GetAsync("/api/platform/whoami"), Window);

        for (var i = 0; i < 5; i++)
            (await globex.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK, $"globex call {i + 1}");
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_by_ip_under_their_own_policy()
    {
        var keyed = _host.ClientWithKey(await _host.CreateKeyAsync(await _host.CreateTenantAsync("acme"), Products.Fortune));

        for (var i = 1; i <= 3; i++)
            (await _host.Client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"call {i}");
        await ShouldBeRateLimitedAsync(await _host.Client.GetAsync("/api/platform/whoami"), Window);
        // A fresh connection from the same address is the same partition.
        await ShouldBeRateLimitedAsync(await _host.CreateClient().GetAsync("/api/platform/whoami"), Window);

        (await keyed.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
