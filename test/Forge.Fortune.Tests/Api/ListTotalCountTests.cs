namespace Forge.Fortune.Tests.Api;

/// <summary>
/// <c>total_count</c> is counted on a list's first page and carried in its signed cursor (ADR 23): later
/// pages do not count again, so they show the first page's count even when rows were added since; a cursor
/// used under other filters, or a new first page, counts afresh.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class ListTotalCountTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await FortuneApiHost.StartAsync();
        _client = await _host.EnterpriseClientAsync("list-count");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Later_pages_carry_the_first_pages_count_and_other_filters_count_afresh()
    {
        for (var i = 0; i < 3; i++) await _client.CreateProfileAsync();
        var first = await _client.GetAsync("/v1/profiles?limit=2").OkJsonAsync();
        first.GetProperty("total_count").GetInt32().ShouldBe(3);
        var cursor = Uri.EscapeDataString(first.GetProperty("next_cursor").GetString()!);

        await _client.CreateProfileAsync(); // not counted by pages of the listing already under way

        var second = await _client.GetAsync($"/v1/profiles?limit=2&cursor={cursor}").OkJsonAsync();
        second.GetProperty("total_count").GetInt32().ShouldBe(3);
        second.GetProperty("data").GetArrayLength().ShouldBe(2); // the new row is still reached
        (await _client.GetAsync("/v1/profiles?limit=2").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(4);
        (await _client.GetAsync($"/v1/profiles?limit=2&created_after=2000-01-01&cursor={cursor}").OkJsonAsync())
            .GetProperty("total_count").GetInt32().ShouldBe(4);
    }
}
