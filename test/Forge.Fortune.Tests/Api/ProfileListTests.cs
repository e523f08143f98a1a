using System.Net;
using System.Text.Json;

namespace Forge.Fortune.Tests.Api;

/// <summary><c>GET /v1/profiles</c>: keyset pages, a tamper-evident cursor, filters, and named errors.</summary>
[ProviderSensitive]
public sealed class ProfileListTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("profiles-list" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Five_profiles_in_pages_of_two_come_back_once_each_in_creation_order()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++) created.Add((await _client.CreateProfileAsync()).Str("id"));

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _client.GetAsync("/v1/profiles?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))).OkJsonAsync();
            pages++;
            page.GetProperty("total_count").GetInt32().ShouldBe(5);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(p => p.Str("id")));
            var hasMore = page.GetProperty("has_more").GetBoolean();
            page.TryGetProperty("next_cursor", out var next).ShouldBe(hasMore);
            cursor = hasMore ? next.GetString() : null;
        } while (cursor is not null && pages < 10);

        pages.ShouldBe(3);
        seen.ShouldBe(created);
    }

    [Fact]
    public async Task A_tampered_or_garbage_cursor_is_a_400_naming_cursor()
    {
        for (var i = 0; i < 3; i++) await _client.CreateProfileAsync();
        var first = await _client.GetAsync("/v1/profiles?limit=1").OkJsonAsync();
        var cursor = first.Str("next_cursor");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        foreach (var bad in new[] { tampered, "garbage", "MTIzfHByZl9hYmM" })
            await (await _client.GetAsync("/v1/profiles?cursor=" + Uri.EscapeDataString(bad)))
                .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");

        // Another tenant cannot use this tenant's cursor either.
        var other = await _host.EnterpriseClientAsync("profiles-list-other" + _tenantSuffix);
        await (await other.GetAsync("/v1/profiles?cursor=" + Uri.EscapeDataString(cursor)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");
    }

    [Fact]
    public async Task Filters_by_day_master_element_and_creation_time()
    {
        var metal = (await _client.CreateProfileAsync()).Str("id"); // 1990-05-15: 경금, metal
        var water = await _client.CreateProfileAsync("""{"name":"최","birth_year":1990,"birth_month":5,"birth_day":17,"gender":"female"}""");
        water.Str("day_master_element").ShouldNotBe("metal");

        var metals = await _client.GetAsync("/v1/profiles?day_master_element=metal").OkJsonAsync();
        Ids(metals).ShouldBe([metal]);
        metals.GetProperty("total_count").GetInt32().ShouldBe(1);
        metals.GetProperty("has_more").GetBoolean().ShouldBeFalse();

        var afterFirst = Uri.EscapeDataString(water.Str("created_at"));
        Ids(await _client.GetAsync($"/v1/profiles?created_before={afterFirst}").OkJsonAsync()).ShouldBe([metal]);
        Ids(await _client.GetAsync("/v1/profiles?created_after=2000-01-01").OkJsonAsync()).Count.ShouldBe(2);
        Ids(await _client.GetAsync("/v1/profiles?created_after=2999-01-01T00:00:00Z").OkJsonAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("day_master_element=plasma", "day_master_element")]
    [InlineData("created_after=yesterday", "created_after")]
    [InlineData("created_before=2025-13-45", "created_before")]
    public async Task Bad_query_values_are_a_400_naming_the_field(string query, string field)
    {
        await (await _client.GetAsync("/v1/profiles?" + query)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", field);
    }

    [Fact]
    public async Task The_default_page_is_twenty()
    {
        for (var i = 0; i < 21; i++) await _client.CreateProfileAsync();
        var page = await _client.GetAsync("/v1/profiles").OkJsonAsync();
        page.GetProperty("data").GetArrayLength().ShouldBe(20);
        page.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        page.GetProperty("total_count").GetInt32().ShouldBe(21);
    }

    private static List<string> Ids(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(p => p.Str("id")).ToList();
}
