using Forge.Fortune.Application.Events;
using Forge.Fortune.Domain.Events;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Api;

/// <summary>
/// ADR 12, second addendum: the feed reads in commit order. An event is stamped first, then a newer event commits and
/// is streamed, and only then is the first one written, its transaction held open far longer than the old 2 s
/// visibility lag (until the feeds have sent heartbeats well past its stamp), then committed. Every feed — live,
/// resumed while it was held, resumed from before both, from the newer one, from the late one, from a heartbeat —
/// gets each event exactly once, in commit order. The time-based feed this replaced missed the late event.
/// </summary>
[ProviderSensitive]
public sealed class EventFeedLateCommitTests(FortuneLateCommitFeedHostFixture fixture) : IClassFixture<FortuneLateCommitFeedHostFixture>
{
    /// <summary>The visibility lag the feed had before it read in commit order; the late event is held far beyond it.</summary>
    private static readonly TimeSpan OldLag = TimeSpan.FromSeconds(2);

    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task An_event_stamped_first_and_committed_long_after_a_newer_one_reaches_every_feed_and_resume_exactly_once()
    {
        var tenant = await _host.CreateTenantAsync(fixture.UniqueName("feed-late"), Editions.Enterprise);
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));

        await using var live = await SseClient.OpenAsync(client, "/v1/events");
        var before = (await client.CreateProfileAsync()).Str("id");
        var beforeId = (await live.NextAsync()).Id!;

        FortuneEvent late = null!;
        string newerId = null!, heldHeartbeat = null!;
        SseClient resumedWhileHeld = null!;
        await _host.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<FortuneDbContext>();
            var stamped = WireTime.Now(sp.GetRequiredService<TimeProvider>()); // the late event's time, taken first

            var newerProfile = (await client.CreateProfileAsync()).Str("id"); // commits: the newer event
            var newer = await live.NextAsync();
            newer.Data.GetProperty("data").Str("profile_id").ShouldBe(newerProfile);
            newerId = newer.Id!;

            // The late write: its transaction stays open (on SQLite it holds the write lock, on PostgreSQL its
            // transaction id) until the feeds have gone on far past the old lag, then it commits.
            await using var transaction = await db.Database.BeginTransactionAsync();
            late = FortuneEvents.Add(db, FortuneEventTypes.ProfileUpdated, before, new { profile_id = before, day_master = "갑" }, stamped);
            await db.SaveChangesAsync();
            resumedWhileHeld = await SseClient.OpenAsync(client, "/v1/events", lastEventIdHeader: beforeId);
            var beat = await HeartbeatAsync(live, after: stamped + OldLag * 2);
            heldHeartbeat = beat.Id!;
            Position(heldHeartbeat).CompareTo((late.TransactionId, late.Sequence)).ShouldBeLessThan(0, "a feed stands before an uncommitted event");
            await transaction.CommitAsync();
            return true;
        });
        await using var _ = resumedWhileHeld;
        var last = (late.TransactionId, late.Sequence);

        // The live feed already had the newer event: now the late one, once. The feed resumed while it was held: both, once.
        (await UntilPastAsync(live, last)).Select(f => f.Id).ShouldBe([late.Id]);
        (await UntilPastAsync(resumedWhileHeld, last)).Select(f => f.Id).ShouldBe([newerId, late.Id]);

        // Reconnects from before both, from the newer event, from the late one, from the heartbeat sent while it was held.
        (await ResumeAsync(client, beforeId, last)).ShouldBe([newerId, late.Id]);
        (await ResumeAsync(client, newerId, last)).ShouldBe([late.Id]);
        (await ResumeAsync(client, late.Id, last)).ShouldBeEmpty();
        (await ResumeAsync(client, heldHeartbeat, last)).ShouldBe([late.Id]);
    }

    /// <summary>
    /// PostgreSQL's side of commit order: a transaction that took its id before a newer event committed holds that
    /// event back — far past the old lag — until it ends; then both go out, older transaction first. (On SQLite the
    /// newer write would wait for the held write lock instead: writers are serialized.)
    /// </summary>
    [Fact]
    public async Task On_postgresql_a_newer_event_waits_for_an_older_open_transaction_then_both_arrive_in_commit_order()
    {
        if (!TestDatabase.IsPostgreSql) return; // SQLite cannot hold a write open while another commits

        var tenant = await _host.CreateTenantAsync(fixture.UniqueName("feed-held"), Editions.Enterprise);
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));

        await using var live = await SseClient.OpenAsync(client, "/v1/events");
        var before = (await client.CreateProfileAsync()).Str("id");
        var beforeId = (await live.NextAsync()).Id!;

        FortuneEvent held = null!;
        await _host.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<FortuneDbContext>();
            var clock = sp.GetRequiredService<TimeProvider>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            held = FortuneEvents.Add(db, FortuneEventTypes.ProfileUpdated, before, new { profile_id = before, day_master = "갑" }, WireTime.Now(clock));
            await db.SaveChangesAsync(); // its transaction id is taken, the row uncommitted

            await client.CreateProfileAsync(); // commits a newer event
            var beat = await HeartbeatAsync(live, after: WireTime.Now(clock) + OldLag * 2);
            Position(beat.Id!).CompareTo((held.TransactionId, held.Sequence)).ShouldBeLessThan(0);
            await transaction.CommitAsync();
            return true;
        });

        var frames = await UntilPastAsync(live, (long.MaxValue, 0), stopAtEvents: 2);
        frames.Select(f => f.Id).First().ShouldBe(held.Id);
        frames.Count.ShouldBe(2);
        var newerId = frames[1].Id!;
        var last = await _host.InTenantAsync(tenant.Id, async sp =>
            await sp.GetRequiredService<FortuneDbContext>().Events.Where(e => e.Id == newerId).Select(e => new { e.TransactionId, e.Sequence }).SingleAsync());
        var position = (last.TransactionId, last.Sequence);
        (await UntilPastAsync(live, position)).ShouldBeEmpty(); // nothing twice
        (await ResumeAsync(client, beforeId, position)).ShouldBe([held.Id, newerId]);
        (await ResumeAsync(client, held.Id, position)).ShouldBe([newerId]);
        (await ResumeAsync(client, newerId, position)).ShouldBeEmpty();
    }

    private static async Task<List<string?>> ResumeAsync(HttpClient client, string lastEventId, (long, long) last)
    {
        await using var feed = await SseClient.OpenAsync(client, "/v1/events", lastEventIdHeader: lastEventId);
        return (await UntilPastAsync(feed, last)).Select(f => f.Id).ToList();
    }

    /// <summary>
    /// The events a feed sends until a heartbeat at or past <paramref name="last"/>: a heartbeat names the position
    /// the feed stands at, so nothing at or before it can follow.
    /// </summary>
    private static async Task<List<SseFrame>> UntilPastAsync(SseClient feed, (long, long) last, int? stopAtEvents = null)
    {
        var frames = new List<SseFrame>();
        while (true)
        {
            var frame = await feed.NextAsync(includeHeartbeats: true);
            if (frame.Event != "heartbeat") frames.Add(frame);
            else if (Position(frame.Id!).CompareTo(last) >= 0) return frames;
            if (frames.Count == stopAtEvents) return frames;
        }
    }

    /// <summary>The first heartbeat sent after <paramref name="after"/>; no event may come before it.</summary>
    private static async Task<SseFrame> HeartbeatAsync(SseClient feed, DateTime after)
    {
        while (true)
        {
            var frame = await feed.NextAsync(includeHeartbeats: true, timeout: TimeSpan.FromSeconds(30));
            frame.Event.ShouldBe("heartbeat", "no event may be sent while the late one is uncommitted");
            if (frame.Data.GetProperty("timestamp").GetDateTime() > after) return frame;
        }
    }

    /// <summary><c>hb_&lt;transaction&gt;_&lt;sequence&gt;</c> as a comparable position.</summary>
    private static (long, long) Position(string heartbeatId)
    {
        heartbeatId.ShouldMatch(@"^hb_\d+_\d+$");
        var parts = heartbeatId[3..].Split('_');
        return (long.Parse(parts[0]), long.Parse(parts[1]));
    }
}
