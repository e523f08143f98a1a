using System.Net;

namespace Forge.Analysis.Tests.Api;

/// <summary>A host whose Analysis policy admits 3 calls per caller in a window that cannot roll over during a run (ADR 34's trick).</summary>
public sealed class RateLimitedAnalysisHostFixture : SharedTestHost
{
    public const int Limit = 3;

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forge:RateLimits:analysis:PermitLimit"] = $"{Limit}",
        ["Forge:RateLimits:analysis:WindowSeconds"] = "1500000000", // 2017-07-14 → 2065-03-24
    };
}

/// <summary>
/// RATE001 (ADR 40, 47): the platform's per-product policy (kernel QuotaGate, ADR 34; <c>Forge:RateLimits:analysis</c>,
/// 600 a minute by default) already covers every Analysis route per tenant and answers through Analysis's error writer.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisRateLimitTests(RateLimitedAnalysisHostFixture fixture) : IClassFixture<RateLimitedAnalysisHostFixture>
{
    [Fact]
    public async Task Past_the_limit_a_tenant_gets_RATE001_in_the_envelope_with_Retry_After_and_X_RateLimit_headers_and_is_not_charged()
    {
        var tenant = await fixture.Host.TenantAsync(fixture.UniqueName("rate"), credits: 5);
        var other = await fixture.Host.TenantAsync(fixture.UniqueName("rate"), credits: 5);

        for (var i = 1; i <= RateLimitedAnalysisHostFixture.Limit; i++)
        {
            using var allowed = await tenant.Client.GetAsync("/public/v1/analyses");
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe($"{RateLimitedAnalysisHostFixture.Limit}");
            allowed.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe($"{RateLimitedAnalysisHostFixture.Limit - i}");
        }

        using var refused = await tenant.Client.SubmitAsync(AnalysisApi.Body());

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var body = await refused.JsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("data").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.GetProperty("code").GetString().ShouldBe("RATE001");
        body.GetProperty("message").GetString()!.ShouldContain("Rate limit");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        retryAfter.ShouldBeGreaterThan(0);
        body.GetProperty("metadata").GetProperty("retryAfter").GetInt32().ShouldBe(retryAfter);
        refused.Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe($"{RateLimitedAnalysisHostFixture.Limit}");
        refused.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("0");
        refused.Headers.Contains("X-RateLimit-Reset").ShouldBeTrue();
        (await fixture.Host.BalanceAsync(tenant.Tenant)).ShouldBe(5); // refused before the handler: nothing reserved

        // Counted per tenant: another tenant's calls still pass.
        using var elsewhere = await other.Client.SubmitAsync(AnalysisApi.Body());
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }
}
