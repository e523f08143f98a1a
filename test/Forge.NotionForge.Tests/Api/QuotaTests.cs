using System.Globalization;
using System.Net;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>A host whose NotionForge quota is 5 requests per client IP in a window that cannot roll over mid-test (ADR 34).</summary>
public sealed class NotionForgeQuotaHostFixture : SharedTestHost
{
    public const int Limit = 5;

    public FakeNotionServer Notion { get; private set; } = null!;

    protected override async Task StartDependenciesAsync() => Notion = await FakeNotionServer.StartAsync();

    protected override async ValueTask StopDependenciesAsync()
    {
        if (Notion is not null) await Notion.DisposeAsync();
    }

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
        ["Forge:NotionForge:RateLimitPerMinute"] = Limit.ToString(CultureInfo.InvariantCulture),
        ["Forge:NotionForge:RateLimitWindowSeconds"] = "1500000000", // began in 2017, ends in 2065
        // The platform's own policies, lower still: NotionForge's routes are not theirs to count (ADR 54).
        ["Forge:RateLimits:notionforge:PermitLimit"] = "2",
        ["Forge:RateLimits:notionforge:WindowSeconds"] = "1500000000",
        ["Forge:RateLimits:Anonymous:PermitLimit"] = "2",
        ["Forge:RateLimits:Anonymous:WindowSeconds"] = "1500000000",
    };
}

/// <summary>
/// The seed's "60 requests/minute (IP), Retry-After, health unlimited" through the kernel's quota filter: the sixth
/// call of the window is RATE_LIMITED in the envelope with Retry-After; health is never counted. With OAuth not
/// configured, authorize says so. The platform's lower policies do not apply to NotionForge's routes. One test only:
/// the class shares the loopback IP's counter.
/// </summary>
public sealed class QuotaTests(NotionForgeQuotaHostFixture fixture) : IClassFixture<NotionForgeQuotaHostFixture>
{
    [Fact]
    public async Task The_quota_counts_api_calls_per_ip_answers_RATE_LIMITED_and_leaves_health_alone()
    {
        var host = fixture.Host;
        var tenant = await host.CreateTenantAsync(fixture.UniqueName("quota"));
        using var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.NotionForge));

        // OAuth not configured: a clear refusal, and status says so (both counted).
        using (var authorize = await client.GetAsync("/api/oauth/authorize"))
        {
            var error = await authorize.ErrorAsync(400, "INVALID_INPUT");
            error.GetProperty("field").GetString().ShouldBe("oauth");
            error.GetProperty("message").GetString()!.ShouldContain("not configured");
            authorize.Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe("5");
        }
        using (var status = await client.GetAsync("/api/oauth/status"))
        {
            var body = await status.JsonAsync();
            body.GetProperty("oauth_configured").GetBoolean().ShouldBeFalse();
            body.GetProperty("connected").GetBoolean().ShouldBeFalse();
        }

        for (var i = 0; i < 20; i++)
            (await host.Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            using var ok = await client.GetAsync("/api/skills");
            ok.StatusCode.ShouldBe(HttpStatusCode.OK);
            ok.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe(remaining.ToString(CultureInfo.InvariantCulture));
        }

        using var limited = await client.GetAsync("/api/skills");
        var refused = await limited.ErrorAsync(429, "RATE_LIMITED");
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        retryAfter.ShouldBeGreaterThan(0);
        refused.GetProperty("details").GetProperty("retry_after").GetInt32().ShouldBe(retryAfter);

        // The public callback is counted too (same IP); health still is not.
        using (var callback = await host.Client.GetAsync("/api/oauth/callback?code=x&state=y"))
            await callback.ErrorAsync(429, "RATE_LIMITED");
        (await host.Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
