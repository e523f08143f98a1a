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
/// Order and resume point is an event's position (<c>created_at</c>, sequence), both fixed before its
/// transaction commits, so a transaction that commits late would surface behind events already sent. The feed
/// therefore sends only events older than <c>VisibilityLagSeconds</c>, by which time every transaction holding
/// an earlier position has committed (ADR 12 addendum): positions go out strictly in order, a resume from any
/// sent id (or heartbeat id) gets every later event exactly once, and nothing commits behind it.
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

    /// <summary>Where a feed stands: after every event whose (<c>CreatedAt</c>, <c>Sequence</c>) is at or before this.</summary>
    private readonly record struct Position(DateTime At, long Sequence);

    private async IAsyncEnumerable<EventFeedFrame> ReadAsync(Position cursor, string[]? types, string? profileId, [EnumeratorCancellation] CancellationToken ct)
    {
        var lag = options.VisibilityLag;
        var nextHeartbeat = clock.GetUtcNow() + options.HeartbeatInterval;
        while (!ct.IsCancellationRequested)
        {
            var visible = clock.GetUtcNow().UtcDateTime - lag;
            var (at, sequence) = cursor;
            var query = db.Events.AsNoTracking().Where(e => e.CreatedAt > at || (e.CreatedAt == at && e.Sequence > sequence));
            if (types is not null) query = query.Where(e => types.Contains(e.Type));
            if (profileId is not null) query = query.Where(e => e.ProfileId == profileId);
            var rows = await query.OrderBy(e => e.CreatedAt).ThenBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);

            var sent = 0;
            DateTime? waiting = null; // the oldest event not yet old enough to send
            foreach (var evt in rows)
            {
                if (evt.CreatedAt > visible)
                {
                    waiting = evt.CreatedAt;
                    break;
                }
                cursor = new Position(evt.CreatedAt, evt.Sequence);
                sent++;
                yield return new EventFeedFrame(evt.Type, evt.Id, FortuneEventEnvelope.Json(evt));
            }
            if (sent == PageSize) continue; // more waiting: no pause

            // hb_<unix> resumes after the events saved before that second, so it may only name a second after the
            // last event sent and no later than what is visible: then it stands for exactly what this feed sent.
            var second = Seconds(visible);
            var nameable = second > cursor.At || (second == cursor.At && cursor.Sequence == 0);
            if (nameable && clock.GetUtcNow() >= nextHeartbeat)
            {
                var now = clock.GetUtcNow();
                nextHeartbeat = now + options.HeartbeatInterval;
                var data = new JsonObject { ["type"] = "heartbeat", ["timestamp"] = WireTime.ToWire(now.UtcDateTime) };
                yield return new EventFeedFrame("heartbeat", "hb_" + new DateTimeOffset(second).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), data.ToJsonString());
            }

            var wait = options.PollInterval;
            var untilHeartbeat = nameable
                ? nextHeartbeat - clock.GetUtcNow()
                : Max(nextHeartbeat - clock.GetUtcNow(), Seconds(cursor.At).AddSeconds(1) + lag - clock.GetUtcNow().UtcDateTime);
            if (untilHeartbeat < wait) wait = untilHeartbeat;
            if (waiting is { } pending && pending + lag - clock.GetUtcNow().UtcDateTime is var untilVisible && untilVisible < wait) wait = untilVisible;
            await signal.WaitAsync(Max(wait, TimeSpan.FromMilliseconds(10)), clock, ct);
        }
    }

    /// <summary>
    /// The position to continue after: an <c>evt_</c> id of this tenant's outbox; a heartbeat id
    /// <c>hb_&lt;unix&gt;</c> (what EventSource sends back when a heartbeat came last) resumes after the
    /// events saved before that second; none starts at the newest event (live only).
    /// </summary>
    private async Task<Position> StartAsync(string? resume, string field, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(resume))
        {
            var newest = await db.Events.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Sequence)
                .Select(e => new { e.CreatedAt, e.Sequence }).FirstOrDefaultAsync(ct);
            return newest is null ? new Position(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), 0) : new Position(newest.CreatedAt, newest.Sequence);
        }
        if (resume.StartsWith("hb_", StringComparison.Ordinal)
            && long.TryParse(resume.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            && unix is > 0 and < 253402300800)
            return new Position(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime, 0);
        var found = await db.Events.Where(e => e.Id == resume).Select(e => new { e.CreatedAt, e.Sequence }).FirstOrDefaultAsync(ct)
                    ?? throw FortuneRefusal.Invalid(field, $"{field} '{resume}' is not an event of this feed.");
        return new Position(found.CreatedAt, found.Sequence);
    }

    private static DateTime Seconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

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
