using Forge.Fortune.Application.Events;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// ADR 12 addendum: an event whose position (created_at, sequence) is older than another's but whose transaction
/// commits later. Every feed (live, resumed before both, resumed from either) gets each event exactly once, in
/// position order. The late event is held by this test: on PostgreSQL its transaction is open (the row and its
/// sequence exist, uncommitted) while the other event commits; on SQLite, whose writers queue, it is stamped first
/// and saved after the other commits.
/// </summary>
[ProviderSensitive]
public sealed class EventFeedLateCommitTests(FortuneLateCommitFeedHostFixture fixture) : IClassFixture<FortuneLateCommitFeedHostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task An_event_that_commits_after_a_newer_one_reaches_every_feed_and_resume_exactly_once()
    {
        var tenant = await _host.CreateTenantAsync(fixture.UniqueName("feed-late"), Editions.Enterprise);
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));

        await using var live = await SseClient.OpenAsync(client, "/v1/events");
        var before = (await client.CreateProfileAsync()).Str("id");
        var beforeId = (await live.NextAsync()).Id!;

        string lateId = null!, newerProfile = null!;
        SseClient resumedWhileHeld = null!;
        await _host.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<FortuneDbContext>();
            var now = WireTime.Now(sp.GetRequiredService<TimeProvider>());
            await using var transaction = TestDatabase.IsPostgreSql ? await db.Database.BeginTransactionAsync() : null;
            lateId = FortuneEvents.Add(db, FortuneEventTypes.ProfileUpdated, before, new { profile_id = before, day_master = "갑" }, now).Id;
            if (transaction is not null) await db.SaveChangesAsync(); // holds its sequence, uncommitted

            newerProfile = (await client.CreateProfileAsync()).Str("id"); // committed, newer position
            resumedWhileHeld = await SseClient.OpenAsync(client, "/v1/events", lastEventIdHeader: beforeId);

            if (transaction is null) await db.SaveChangesAsync();
            else await transaction.CommitAsync();
            return true;
        });
        await using var _ = resumedWhileHeld;
        var committed = DateTimeOffset.UtcNow;

        // Both open feeds: the late event first (its position is older), then the newer one, once each.
        string newerId = null!;
        foreach (var feed in new[] { live, resumedWhileHeld })
        {
            var frames = await UntilAllSentAsync(feed, committed);
            frames.Select(f => f.Id).First().ShouldBe(lateId);
            frames.Count.ShouldBe(2, string.Join(", ", frames.Select(f => f.Id)));
            frames[1].Event.ShouldBe("profile.created");
            frames[1].Data.GetProperty("data").Str("profile_id").ShouldBe(newerProfile);
            newerId = frames[1].Id!;
        }

        // A reconnect from before both, from the late event, from the newer one: every event exactly once.
        (await ResumeAsync(client, beforeId, committed)).ShouldBe([lateId, newerId]);
        (await ResumeAsync(client, lateId, committed)).ShouldBe([newerId]);
        (await ResumeAsync(client, newerId, committed)).ShouldBeEmpty();
    }

    private static async Task<List<string?>> ResumeAsync(HttpClient client, string lastEventId, DateTimeOffset committed)
    {
        await using var feed = await SseClient.OpenAsync(client, "/v1/events", lastEventIdHeader: lastEventId);
        return (await UntilAllSentAsync(feed, committed)).Select(f => f.Id).ToList();
    }

    /// <summary>
    /// The events a feed sends until a heartbeat <c>hb_&lt;unix&gt;</c> past <paramref name="committed"/>: such a heartbeat
    /// says every event saved before that second has been sent, so nothing the test made can follow it.
    /// </summary>
    private static async Task<List<SseFrame>> UntilAllSentAsync(SseClient feed, DateTimeOffset committed)
    {
        var frames = new List<SseFrame>();
        while (true)
        {
            var frame = await feed.NextAsync(includeHeartbeats: true);
            if (frame.Event != "heartbeat") frames.Add(frame);
            else if (long.Parse(frame.Id!.AsSpan(3)) > committed.ToUnixTimeSeconds()) return frames;
        }
    }
}
