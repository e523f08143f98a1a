using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.TestModules.Tally;

namespace Forge.Host.Tests.ProductApi;

/// <summary>
/// The kernel quota filter (ADR 19) on the Tally test module: quotas of 2 counted per tenant, per key or per
/// client IP, <c>X-RateLimit-*</c> on every answer, and 429 + Retry-After in the product's envelope.
/// </summary>
public sealed class QuotaPartitionTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _acmeA = null!, _acmeB = null!, _other = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["Tally"]);
        var acme = await _host.CreateTenantAsync("acme");
        _acmeA = _host.ClientWithKey(await _host.CreateKeyAsync(acme, TallyModule.Product));
        _acmeB = _host.ClientWithKey(await _host.CreateKeyAsync(acme, TallyModule.Product));
        _other = _host.ClientWithKey(await _host.CreateKeyAsync(await _host.CreateTenantAsync("other"), TallyModule.Product));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string partition) =>
        (await client.GetAsync($"/test/tally/limited/{partition}")).StatusCode;

    [Fact]
    public async Task A_tenant_quota_is_shared_by_the_tenants_keys_and_not_by_other_tenants()
    {
        (await CallAsync(_acmeA, "tenant")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_acmeB, "tenant")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_acmeA, "tenant")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await CallAsync(_acmeB, "tenant")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await CallAsync(_other, "tenant")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_key_quota_is_per_key_even_within_one_tenant()
    {
        (await CallAsync(_acmeA, "key")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_acmeA, "key")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_acmeA, "key")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await CallAsync(_acmeB, "key")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_ip_quota_is_shared_by_every_caller_from_that_address()
    {
        (await CallAsync(_acmeA, "ip")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_other, "ip")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(_acmeB, "ip")).ShouldBe(HttpStatusCode.TooManyRequests); // all from 127.0.0.1
    }

    [Fact]
    public async Task Every_answer_carries_the_rate_limit_headers_and_the_refusal_is_in_the_products_envelope()
    {
        var first = await _acmeA.GetAsync("/test/tally/limited/key");
        first.Headers.GetValues("X-RateLimit-Limit").Single().ShouldBe("2");
        first.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("1");
        long.Parse(first.Headers.GetValues("X-RateLimit-Reset").Single()).ShouldBeGreaterThan(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        await _acmeA.GetAsync("/test/tally/limited/key");
        var refused = await _acmeA.GetAsync("/test/tally/limited/key");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("X-RateLimit-Remaining").Single().ShouldBe("0");
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        retryAfter.ShouldBeGreaterThan(0);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("code").GetString().ShouldBe("RATE_LIMITED");
        body.GetProperty("message").GetString().ShouldBe("At most 2 calls.");
        body.GetProperty("metadata").GetProperty("retry_after").GetInt32().ShouldBe((int)retryAfter);
    }
}
