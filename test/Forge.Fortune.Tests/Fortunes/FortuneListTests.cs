using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary><c>GET /v1/fortunes</c>: every filter, newest-first keyset pages, a tamper-evident cursor.</summary>
[ProviderSensitive]
public sealed class FortuneListTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _a = null!;
    private string _b = null!;
    private readonly Dictionary<string, string> _ids = [];

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("fortunes-list" + _tenantSuffix);
        _a = (await _client.CreateProfileAsync()).Str("id");
        _b = (await _client.CreateProfileAsync("""{"name":"이정","birth_year":2004,"birth_month":2,"birth_day":29,"gender":"female"}""")).Str("id");
        foreach (var (name, profile, type, date) in new[]
                 {
                     ("a-d14", _a, "daily", "2025-01-14"), ("a-d15", _a, "daily", "2025-01-15"), ("a-d16", _a, "daily", "2025-01-16"),
                     ("a-m01", _a, "monthly", "2025-01-20"), ("a-y25", _a, "yearly", "2025-06-01"), ("b-d16", _b, "daily", "2025-01-16"),
                     ("a-d0210", _a, "daily", "2025-02-10"),
                 })
            _ids[name] = (await _client.CreateFortuneAsync(profile, type, date)).Str("id");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string[] Ids, JsonElement Page)> ListAsync(string query)
    {
        var page = await _client.GetAsync("/v1/fortunes?" + query).OkJsonAsync();
        var ids = page.GetProperty("data").EnumerateArray().Select(f => f.Str("id")).ToArray();
        page.GetProperty("total_count").GetInt32().ShouldBe(ids.Length, query); // every test page here fits in one
        return (ids, page);
    }

    private string[] Ids(params string[] names) => names.Select(n => _ids[n]).ToArray();

    [Theory]
    [InlineData("profile_id={b}", new[] { "b-d16" })]
    [InlineData("fortune_type=daily&profile_id={a}", new[] { "a-d14", "a-d15", "a-d16", "a-d0210" })]
    [InlineData("fortune_type=MONTHLY", new[] { "a-m01" })]
    // A date selects the fortunes whose period holds it: that day, its month, its year.
    [InlineData("fortune_date=2025-01-16", new[] { "a-d16", "a-m01", "a-y25", "b-d16" })]
    [InlineData("fortune_date=2025-01-16&fortune_type=daily&profile_id={a}", new[] { "a-d16" })]
    // Inclusive range, by period overlap: January's monthly and 2025's yearly touch 15–31 January.
    [InlineData("date_from=2025-01-15&date_to=2025-01-31", new[] { "a-d15", "a-d16", "a-m01", "a-y25", "b-d16" })]
    [InlineData("date_from=2025-02-01", new[] { "a-y25", "a-d0210" })]
    [InlineData("date_to=2025-01-14", new[] { "a-d14", "a-m01", "a-y25" })]
    [InlineData("model=builtin&date_from=2025-01-16&date_to=2025-01-16&profile_id={b}", new[] { "b-d16" })]
    [InlineData("model=haiku", new string[0])]
    public async Task Filters_select_exactly_the_matching_fortunes(string query, string[] expected)
    {
        var (ids, _) = await ListAsync(query.Replace("{a}", _a).Replace("{b}", _b) + "&limit=100");
        ids.OrderBy(i => i).ShouldBe(Ids(expected).OrderBy(i => i));
    }

    [Fact]
    public async Task Pages_of_two_walk_every_fortune_once_newest_first_and_items_omit_categories()
    {
        var seen = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _client.GetAsync("/v1/fortunes?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))).OkJsonAsync();
            pages++;
            page.GetProperty("total_count").GetInt32().ShouldBe(7);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(e => e.Clone()));
            var hasMore = page.GetProperty("has_more").GetBoolean();
            page.TryGetProperty("next_cursor", out var next).ShouldBe(hasMore);
            cursor = hasMore ? next.GetString() : null;
        } while (cursor is not null && pages < 10);

        pages.ShouldBe(4);
        seen.Select(f => f.Str("id")).OrderBy(i => i).ShouldBe(_ids.Values.OrderBy(i => i));
        var keys = seen.Select(f => (f.Str("generated_at"), f.Str("id"))).ToList();
        keys.ShouldBe(keys.OrderByDescending(k => k.Item1, StringComparer.Ordinal).ThenByDescending(k => k.Item2, StringComparer.Ordinal).ToList());
        foreach (var item in seen)
        {
            item.TryGetProperty("categories", out _).ShouldBeFalse();
            item.TryGetProperty("lucky_items", out _).ShouldBeFalse();
            item.Str("model").ShouldBe("builtin");
            item.Str("engine").ShouldBe("builtin");
            item.GetProperty("score").GetInt32().ShouldBeInRange(0, 100);
            item.GetProperty("cached").GetBoolean().ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_tampered_foreign_or_other_list_cursor_is_a_400_naming_cursor()
    {
        var cursor = (await _client.GetAsync("/v1/fortunes?limit=1").OkJsonAsync()).Str("next_cursor");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
        var profileCursor = (await _client.GetAsync("/v1/profiles?limit=1").OkJsonAsync()).Str("next_cursor");

        foreach (var bad in new[] { tampered, "garbage", profileCursor })
            await (await _client.GetAsync("/v1/fortunes?cursor=" + Uri.EscapeDataString(bad)))
                .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");

        var other = await _host.EnterpriseClientAsync("fortunes-list-other" + _tenantSuffix);
        await (await other.GetAsync("/v1/fortunes?cursor=" + Uri.EscapeDataString(cursor)))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "cursor");
        var theirs = await other.GetAsync("/v1/fortunes").OkJsonAsync();
        theirs.GetProperty("total_count").GetInt32().ShouldBe(0);
    }
}
