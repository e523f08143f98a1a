using System.Net;

namespace Forge.NotionForge.Tests.Api;

/// <summary>The module through the real host: its key, its envelope, its public routes (ADR 42, 50).</summary>
public sealed class NotionForgeSkeletonTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Liveness_is_public_and_says_alive()
    {
        using var response = await fixture.Host.Client.GetAsync("/health/live");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("alive").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_skill_list_answers_the_seeds_shape_with_a_NotionForge_key()
    {
        var (_, client, _) = await fixture.TenantAsync();
        using var response = await client.GetAsync("/api/skills");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var skills = (await response.JsonAsync()).GetProperty("skills");
        skills.EnumerateObject().Count().ShouldBeGreaterThanOrEqualTo(12);
        var first = skills.EnumerateObject().First().Value;
        first.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        first.GetProperty("keywords").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task No_key_a_foreign_key_or_another_products_key_is_refused_in_the_envelope()
    {
        using (var none = await fixture.Host.Client.GetAsync("/api/skills"))
            (await none.ErrorAsync(401, "AUTH_REQUIRED")).GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();

        var tenant = await fixture.Host.CreateTenantAsync(fixture.UniqueName("other"));
        var fortuneKey = await fixture.Host.CreateKeyAsync(tenant, Products.Fortune);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/skills");
        request.Headers.Add("X-API-Key", fortuneKey);
        using var foreign = await fixture.Host.Client.SendAsync(request);
        ((int)foreign.StatusCode).ShouldBeOneOf(401, 403);
        (await foreign.JsonAsync()).GetProperty("success").GetBoolean().ShouldBeFalse();
    }
}
