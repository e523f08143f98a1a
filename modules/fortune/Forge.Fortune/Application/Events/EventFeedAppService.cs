using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Microsoft.Extensions.Options;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// <c>GET /v1/events</c>: the tenant's outbox as a live SSE feed. Starts after the resume point
/// (<c>last_event_id</c> / <c>Last-Event-ID</c>) or at "now", then polls the table every
/// <c>PollSeconds</c>, woken at once by <see cref="FortuneEventSignal"/> when this host saves an event,
/// and sends a heartbeat every <c>HeartbeatSeconds</c>. Ends when the client goes away.
/// <para>
/// Order and resume point is an event's position (transaction id, sequence). The feed sends only events below the
/// database's horizon, the position before which nothing can still commit (ADR 12, second addendum): on PostgreSQL
/// every transaction below <c>pg_snapshot_xmin</c> has ended; on SQLite writers are serialized, so whatever has
/// committed is final; on SQL Server the horizon is the server's clock minus <c>VisibilityLagSeconds</c>. Positions
/// therefore go out strictly in order, a resume from any sent id (or heartbeat id) gets every later event exactly
/// once, and nothing commits behind it.
/// </para>
/// </summary>
public sealed class EventFeedAppService(
    FortuneDbContext db,
    ICurrentTenant tenant,
    EventFeedConnections connections,
    FortuneEventSignal signal,
    IOptions<FortuneEventOptions> settings,
    TimeProvider clock)
{
    private const int PageSize = 100;
    private readonly FortuneEventOptions options = settings.Value;

    public sealed record Subscription(IDisposable Lease, IAsyncEnumerable<EventFeedFrame> Frames);

    /// <summary>Validates the query and takes a connection slot; the frames run until <paramref name="ct"/> fires.</summary>
    public async Task<Subscription> OpenAsync(EventFeedQuery query, CancellationToken ct)
    {
        var types = Types(query.Events);
        var profileId = string.IsNullOrWhiteSpace(query.ProfileId) ? null : query.ProfileId.Trim();
        var resume = string.IsNullOrWhiteSpace(query.LastEventId) ? query.LastEventIdHeader : query.LastEventId;
        var field = string.IsNullOrWhiteSpace(query.LastEventId) ? "Last-Event-ID" : "last_event_id";
        var start = await StartAsync(resume?.Trim(), field, ct);

        var tenantId = tenant.Id ?? throw new InvalidOperationException("The event feed needs a tenant.");
        var lease = connections.TryAcquire(tenantId, options.MaxConnectionsPerTenant)
                    ?? throw new ProductApiException(ProductErrorKind.RateLimited, FortuneErrorCodes.RateLimited, $"At most {options.MaxConnectionsPerTenant} event-stream connections per tenant may be open at once; close one first.");
        return new Subscription(lease, ReadAsync(start, types, profileId, ct));
    }

    /// <summary>Where a feed stands: after every event whose (<c>TransactionId</c>, <c>Sequence</c>) is at or before this.</summary>
    private readonly record struct Position(long Transaction, long Sequence) : IComparable<Position>
    {
        public int CompareTo(Position other) => (Transaction, Sequence).CompareTo((other.Transaction, other.Sequence));

        /// <summary>The heartbeat id naming this position: a resume from it continues after it.</summary>
        public string HeartbeatId => string.Create(CultureInfo.InvariantCulture, $"hb_{Transaction}_{Sequence}");
    }

    private async IAsyncEnumerable<EventFeedFrame> ReadAsync(Position cursor, string[]? types, string? profileId, [EnumeratorCancellation] CancellationToken ct)
    {
        var nextHeartbeat = clock.GetUtcNow() + options.HeartbeatInterval;
        while (!ct.IsCancellationRequested)
        {
            var horizon = await HorizonAsync(ct);
            var (transaction, sequence) = cursor;
            var (below, upTo) = horizon;
            var query = db.Events.AsNoTracking()
                .Where(e => e.TransactionId > transaction || (e.TransactionId == transaction && e.Sequence > sequence))
                .Where(e => e.TransactionId < below || (e.TransactionId == below && e.Sequence <= upTo));
            if (types is not null) query = query.Where(e => types.Contains(e.Type));
            if (profileId is not null) query = query.Where(e => e.ProfileId == profileId);
            var rows = await query.OrderBy(e => e.TransactionId).ThenBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);

            foreach (var evt in rows)
            {
                cursor = new Position(evt.TransactionId, evt.Sequence);
                yield return new EventFeedFrame(evt.Type, evt.Id, FortuneEventEnvelope.Json(evt));
            }
            if (rows.Count == PageSize) continue; // more below the horizon: no pause

            // Everything up to the horizon has been read, so the feed stands there; a heartbeat names that position.
            if (horizon.CompareTo(cursor) > 0) cursor = horizon;
            if (clock.GetUtcNow() >= nextHeartbeat)
            {
                var now = clock.GetUtcNow();
                nextHeartbeat = now + options.HeartbeatInterval;
                var data = new JsonObject { ["type"] = "heartbeat", ["timestamp"] = WireTime.ToWire(now.UtcDateTime) };
                yield return new EventFeedFrame("heartbeat", cursor.HeartbeatId, data.ToJsonString());
            }

            var untilHeartbeat = nextHeartbeat - clock.GetUtcNow();
            var wait = untilHeartbeat < options.PollInterval ? untilHeartbeat : options.PollInterval;
            await signal.WaitAsync(Max(wait, TimeSpan.FromMilliseconds(10)), clock, ct);
        }
    }

    /// <summary>
    /// The position at or before which every event that will ever exist has committed and is readable now.
    /// PostgreSQL: (<c>pg_snapshot_xmin</c>, 0) — every transaction below the oldest one still running has ended, and
    /// any transaction that starts later gets a larger id. SQLite: (0, newest sequence) — writers hold the write lock
    /// from INSERT to COMMIT, so a later commit has a larger sequence. SQL Server: the server's clock minus the lag.
    /// </summary>
    private async Task<Position> HorizonAsync(CancellationToken ct) => db switch
    {
        PostgreSqlFortuneDbContext => new Position(
            await db.Database.SqlQueryRaw<long>("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").SingleAsync(ct), 0),
        SqlServerFortuneDbContext => new Position(
            await db.Database.SqlQueryRaw<long>("SELECT " + FortuneDbContext.SqlServerInsertMicroseconds + " - {0} + 1 AS [Value]", (long)options.VisibilityLag.TotalMicroseconds).SingleAsync(ct), 0),
        _ => new Position(0, await db.Events.MaxAsync(e => (long?)e.Sequence, ct) ?? 0),
    };

    /// <summary>
    /// The position to continue after: an <c>evt_</c> id of this tenant's outbox; a heartbeat id
    /// <c>hb_&lt;transaction&gt;_&lt;sequence&gt;</c> (what EventSource sends back when a heartbeat came last) names a
    /// position itself; a heartbeat id of the time-based feed, <c>hb_&lt;unix&gt;</c>, resumes before the first event
    /// saved in or after that second; none starts after the newest event (live only).
    /// </summary>
    private async Task<Position> StartAsync(string? resume, string field, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(resume)) return await NewestAsync(ct);
        if (resume.StartsWith("hb_", StringComparison.Ordinal))
        {
            var parts = resume[3..].Split('_');
            if (parts.Length == 2 && Number(parts[0]) is { } transaction && Number(parts[1]) is { } sequence)
                return new Position(transaction, sequence);
            if (parts.Length == 1 && Number(parts[0]) is { } unix and > 0 and < 253402300800)
            {
                var second = DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime;
                var first = await db.Events.Where(e => e.CreatedAt >= second).OrderBy(e => e.TransactionId).ThenBy(e => e.Sequence)
                    .Select(e => new { e.TransactionId, e.Sequence }).FirstOrDefaultAsync(ct);
                return first is null ? await NewestAsync(ct) : new Position(first.TransactionId, first.Sequence - 1);
            }
        }
        var found = await db.Events.Where(e => e.Id == resume).Select(e => new { e.TransactionId, e.Sequence }).FirstOrDefaultAsync(ct)
                    ?? throw FortuneRefusal.Invalid(field, $"{field} '{resume}' is not an event of this feed.");
        return new Position(found.TransactionId, found.Sequence);
    }

    private async Task<Position> NewestAsync(CancellationToken ct)
    {
        var newest = await db.Events.OrderByDescending(e => e.TransactionId).ThenByDescending(e => e.Sequence)
            .Select(e => new { e.TransactionId, e.Sequence }).FirstOrDefaultAsync(ct);
        return newest is null ? new Position(0, 0) : new Position(newest.TransactionId, newest.Sequence);
    }

    private static long? Number(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string[]? Types(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var types = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (var type in types)
            if (!FortuneEventTypes.IsKnown(type) || type == FortuneEventTypes.TestPing)
                throw FortuneRefusal.Invalid("events", $"events has '{type}'; each must be one of: {string.Join(", ", FortuneEventTypes.All.Where(t => t != FortuneEventTypes.TestPing))}.");
        return types;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
