using System.Net;
using Forge.Host.Tenants;

namespace Forge.Fortune.Tests.Api;

/// <summary>Plan quotas as feature values, with X-RateLimit-* on every response.</summary>
[ProviderSensitive]
public sealed class FortuneQuotaTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private const string SimpleChart = """{"year":1990,"month":5,"day":15,"gender":"male"}""";

    public Task InitializeAsync()
    {
        _host = fixture.Host;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_response_carries_the_plans_rate_limit_headers()
    {
        var free = await _host.ClientForAsync("quota-free" + _tenantSuffix, Editions.Free);
        var ok = await free.PostJsonAsync("/api/saju", SimpleChart);
        ok.Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe("10");
        int.Parse(ok.Headers.GetValues("X-RateLimit-Remaining").Single()).ShouldBeInRange(0, 9);
        long.Parse(ok.Headers.GetValues("X-RateLimit-Reset").Single()).ShouldBeGreaterThan(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1);

        var refused = await free.PostJsonAsync("/v1/calculations/saju", "{}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Headers.Contains("X-RateLimit-Limit").ShouldBeTrue();

        var enterprise = await _host.ClientForAsync("quota-ent" + _tenantSuffix, Editions.Enterprise);
        (await enterprise.PostJsonAsync("/api/saju", SimpleChart)).Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe("1000");
    }

    [Fact]
    public async Task Past_the_daily_quota_a_429_with_retry_after_until_midnight_kst()
    {
        // The day window ends at midnight KST: a run that straddles it would see its count split. Start only with a
        // minute or more of the day left (waiting out the boundary when needed), so the outcome never depends on the hour.
        await Eventually.GetAsync(() => Task.FromResult(UntilMidnightKst()), left => left > TimeSpan.FromMinutes(1),
            TimeSpan.FromMinutes(3), "a minute or more left before midnight KST");
        var client = await _host.ClientForAsync("quota-day" + _tenantSuffix, Editions.Pro);
        await _host.SetFeatureAsync("quota-day" + _tenantSuffix, FortuneFeatures.RequestsPerDay, "2");

        (await client.PostJsonAsync("/api/saju", SimpleChart)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostJsonAsync("/api/saju", SimpleChart)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await client.PostJsonAsync("/api/saju", SimpleChart);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var error = await limited.ErrorAsync();
        error.GetProperty("code").GetString().ShouldBe("rate_limited");
        var retryAfter = (int)limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        error.GetProperty("retry_after").GetInt32().ShouldBe(retryAfter);
        var untilMidnightKst = (int)Math.Ceiling(UntilMidnightKst().TotalSeconds);
        retryAfter.ShouldBeInRange(untilMidnightKst - 5, untilMidnightKst + 5);
        limited.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("0");
    }

    private static TimeSpan UntilMidnightKst()
    {
        var kst = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9));
        return kst.Date.AddDays(1) - kst.DateTime;
    }
}
