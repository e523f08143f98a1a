using System.Net;

namespace Forge.Fortune.Tests.Api;

/// <summary><c>GET /v1/events</c>: live frames, resume, filters, heartbeats, the connection cap and tenant isolation.</summary>
[ProviderSensitive]
public sealed class EventFeedTests(FortuneEventFeedHostFixture fixture) : IClassFixture<FortuneEventFeedHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.Host;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_profile_arrives_live_as_a_profile_created_frame()
    {
        var client = await _host.EnterpriseClientAsync("feed-live" + _tenantSuffix);
        await client.CreateProfileAsync(); // before the stream: not replayed without a resume point
        await using var feed = await SseClient.OpenAsync(client, "/v1/events");
        feed.Response.Headers.CacheControl!.NoCache.ShouldBeTrue();

        var profile = await client.CreateProfileAsync();

        var frame = await feed.NextAsync();
        frame.Event.ShouldBe("profile.created");
        frame.Id!.ShouldMatch("^evt_[0-9a-z]{16}$");
        frame.Data.Str("id").ShouldBe(frame.Id);
        frame.Data.Str("type").ShouldBe("profile.created");
        frame.Data.GetProperty("data").Str("profile_id").ShouldBe(profile.Str("id"));
        frame.Data.GetProperty("data").Str("day_master").ShouldBe(profile.Str("day_master"));
        (await feed.DrainAsync(TimeSpan.FromMilliseconds(600))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Resume_continues_after_last_event_id_from_the_query_or_the_header()
    {
        var client = await _host.EnterpriseClientAsync("feed-resume" + _tenantSuffix);
        var ids = new List<string>();
        await using (var feed = await SseClient.OpenAsync(client, "/v1/events"))
        {
            for (var i = 0; i < 3; i++) await client.CreateProfileAsync();
            for (var i = 0; i < 3; i++) ids.Add((await feed.NextAsync()).Id!);
        }

        await using (var byQuery = await SseClient.OpenAfterCloseAsync(client, $"/v1/events?last_event_id={ids[0]}"))
        {
            (await byQuery.NextAsync()).Id.ShouldBe(ids[1]);
            (await byQuery.NextAsync()).Id.ShouldBe(ids[2]);
        }

        SseFrame beat;
        await using (var byHeader = await SseClient.OpenAfterCloseAsync(client, "/v1/events", lastEventIdHeader: ids[1]))
        {
            (await byHeader.NextAsync()).Id.ShouldBe(ids[2]);
            (await byHeader.DrainAsync(TimeSpan.FromMilliseconds(500))).ShouldBeEmpty();
            beat = await byHeader.NextAsync(includeHeartbeats: true);
            beat.Event.ShouldBe("heartbeat");
        }

        // A heartbeat id names the position its stream stood at: a resume from it sends only what came after.
        await using (var byHeartbeat = await SseClient.OpenAfterCloseAsync(client, "/v1/events", lastEventIdHeader: beat.Id))
        {
            var later = (await client.CreateProfileAsync()).Str("id");
            (await byHeartbeat.NextAsync()).Data.GetProperty("data").Str("profile_id").ShouldBe(later);
        }

        // The time-based feed's heartbeat ids (hb_<unix>) still resume, from the first event saved in that second or later.
        await using var byOldHeartbeat = await SseClient.OpenAfterCloseAsync(client, "/v1/events", lastEventIdHeader: "hb_1");
        foreach (var id in ids) (await byOldHeartbeat.NextAsync()).Id.ShouldBe(id);
    }

    [Fact]
    public async Task Filters_by_event_type_and_profile()
    {
        var client = await _host.EnterpriseClientAsync("feed-filters" + _tenantSuffix);
        var first = (await client.CreateProfileAsync()).Str("id");
        var second = (await client.CreateProfileAsync()).Str("id");
        await using var deletions = await SseClient.OpenAsync(client, "/v1/events?events=profile.deleted,profile.updated");
        await using var ofFirst = await SseClient.OpenAsync(client, $"/v1/events?profile_id={first}");

        (await client.SendJsonAsync(HttpMethod.Put, $"/v1/profiles/{second}", """{"name":"이영희"}""")).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/v1/profiles/{first}")).EnsureSuccessStatusCode();

        var d1 = await deletions.NextAsync();
        var d2 = await deletions.NextAsync();
        (d1.Event, d1.Data.GetProperty("data").Str("profile_id")).ShouldBe(("profile.updated", second));
        (d2.Event, d2.Data.GetProperty("data").Str("profile_id")).ShouldBe(("profile.deleted", first));
        var f = await ofFirst.NextAsync();
        (f.Event, f.Data.GetProperty("data").Str("profile_id")).ShouldBe(("profile.deleted", first));
        (await ofFirst.DrainAsync(TimeSpan.FromMilliseconds(500))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("events=profile.created,profile.exploded", "events")]
    [InlineData("events=test.ping", "events")]
    [InlineData("last_event_id=evt_doesnotexist0000", "last_event_id")]
    public async Task Bad_queries_are_400_before_the_stream_starts(string query, string field)
    {
        var client = await _host.EnterpriseClientAsync($"feed-bad-{field}-{query.Length}" + _tenantSuffix);
        await (await SseClient.SendAsync(client, $"/v1/events?{query}")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", field);
    }

    [Fact]
    public async Task Heartbeats_arrive_when_nothing_happens()
    {
        var client = await _host.EnterpriseClientAsync("feed-heartbeat" + _tenantSuffix);
        await using var feed = await SseClient.OpenAsync(client, "/v1/events");

        var beat = await feed.NextAsync(includeHeartbeats: true, timeout: TimeSpan.FromSeconds(5));
        beat.Event.ShouldBe("heartbeat");
        beat.Id!.ShouldMatch(@"^hb_\d+_\d+$");
        beat.Data.Str("type").ShouldBe("heartbeat");
        DateTimeOffset.Parse(beat.Data.Str("timestamp")).ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        (await feed.NextAsync(includeHeartbeats: true, timeout: TimeSpan.FromSeconds(5))).Event.ShouldBe("heartbeat");
    }

    [Fact]
    public async Task Connections_per_tenant_are_capped_and_a_closed_one_frees_its_slot()
    {
        var client = await _host.EnterpriseClientAsync("feed-cap" + _tenantSuffix);
        var other = await _host.EnterpriseClientAsync("feed-cap-other" + _tenantSuffix);
        var one = await SseClient.OpenAsync(client, "/v1/events");
        await using var two = await SseClient.OpenAsync(client, "/v1/events");

        await (await SseClient.SendAsync(client, "/v1/events")).ShouldBeErrorAsync((HttpStatusCode)429, "rate_limited", "rate_limited");
        await using var others = await SseClient.OpenAsync(other, "/v1/events"); // another tenant's cap is its own

        // Closing a stream ends its loop on the server and gives the slot back.
        await one.DisposeAsync();
        var reopened = await Eventually.GetAsync(() => SseClient.SendAsync(client, "/v1/events"), r =>
        {
            if (r.StatusCode == HttpStatusCode.OK) return true;
            r.Dispose();
            return false;
        }, TimeSpan.FromSeconds(10), "a slot to free up");
        reopened.Dispose();
    }

    [Fact]
    public async Task A_tenant_sees_only_its_own_events()
    {
        var mine = await _host.EnterpriseClientAsync("feed-mine" + _tenantSuffix);
        var theirs = await _host.EnterpriseClientAsync("feed-theirs" + _tenantSuffix);
        await using var feed = await SseClient.OpenAsync(mine, "/v1/events");
        await using var theirFeed = await SseClient.OpenAsync(theirs, "/v1/events");

        var foreign = (await theirs.CreateProfileAsync()).Str("id");
        (await theirFeed.NextAsync()).Data.GetProperty("data").Str("profile_id").ShouldBe(foreign);
        var own = (await mine.CreateProfileAsync()).Str("id");

        // Had the other tenant's event leaked, it would have come first.
        (await feed.NextAsync()).Data.GetProperty("data").Str("profile_id").ShouldBe(own);
        (await feed.DrainAsync(TimeSpan.FromMilliseconds(500))).ShouldBeEmpty();

        // Nor can its event ids be used to resume. (hb_0_0: the heartbeat id of the position before every event.)
        await using var theirsAgain = await SseClient.OpenAsync(theirs, $"/v1/events?profile_id={foreign}", lastEventIdHeader: "hb_0_0");
        var replayed = await theirsAgain.NextAsync();
        await (await SseClient.SendAsync(mine, $"/v1/events?last_event_id={replayed.Id}"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "last_event_id");
    }
}
