using System.Net;

namespace Forge.Analysis.Tests.Api;

/// <summary>Credits and X-Request-ID under concurrency: exact on every provider (ADR 28, 32, 40).</summary>
[ProviderSensitive]
public sealed class AnalysisConcurrencyTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task Sixty_concurrent_submissions_against_fifty_credits_accept_exactly_fifty()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 50);
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.SubmitAsync(AnalysisApi.Body())));
        responses.Count(r => r.StatusCode == HttpStatusCode.Accepted).ShouldBe(50);
        responses.Count(r => r.StatusCode == HttpStatusCode.PaymentRequired).ShouldBe(10);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Accepted))
            (await refused.JsonAsync()).GetProperty("code").GetString().ShouldBe("BUS002");
        (await fixture.BalanceAsync(tenant)).ShouldBeLessThanOrEqualTo(0);
    }

    [Fact]
    public async Task Fifty_concurrent_submissions_with_one_X_Request_ID_make_one_analysis_and_reserve_one_credit()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 5);
        var requestId = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.SubmitAsync(AnalysisApi.Body(), requestId)));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Accepted);
        var ids = new HashSet<string>();
        foreach (var response in responses) ids.Add((await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!);
        ids.Count.ShouldBe(1);
        var id = ids.Single();

        await client.WaitForStatusAsync(id, "COMPLETED");
        (await fixture.BalanceAsync(tenant)).ShouldBe(4);

        // A later replay answers the current state; the same key with another body is VAL003 naming the header.
        using var replay = await client.SubmitAsync(AnalysisApi.Body(), requestId);
        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var data = (await replay.JsonAsync()).GetProperty("data");
        data.GetProperty("id").GetString().ShouldBe(id);
        data.GetProperty("status").GetString().ShouldBe("COMPLETED");
        using var conflict = await client.SubmitAsync(AnalysisApi.Body("https://example.com/other"), requestId);
        conflict.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = await conflict.JsonAsync();
        refusal.GetProperty("code").GetString().ShouldBe("VAL003");
        refusal.GetProperty("metadata").GetProperty("field").GetString().ShouldBe("X-Request-ID");
        (await fixture.BalanceAsync(tenant)).ShouldBe(4);
    }
}
