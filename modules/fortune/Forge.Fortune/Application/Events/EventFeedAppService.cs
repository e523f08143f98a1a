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
/// </summary>
public sealed class EventFeedAppService(
    FortuneDbContext db,
    ICurrentTenant tenant,
    EventFeedConnections connections,
    FortuneEventSignal signal,
    IOptions<FortuneEventOptions> settings,
    TimeProvider clock)
{
    // A transaction that took its sequence number earlier can commit after a later one (PostgreSQL,
    // SQL Server); re-reading this far back each poll, minus what was already sent, catches it.
    private static readonly TimeSpan LateCommitWindow = TimeSpan.FromSeconds(5);
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

    private async IAsyncEnumerable<EventFeedFrame> ReadAsync(long cursor, string[]? types, string? profileId, [EnumeratorCancellation] CancellationToken ct)
    {
        var sent = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var nextHeartbeat = clock.GetUtcNow() + options.HeartbeatInterval;
        var floor = cursor;
        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var windowStart = now - LateCommitWindow;
            var query = db.Events.AsNoTracking()
                .Where(e => e.Sequence > cursor || (e.Sequence > floor && e.CreatedAt >= windowStart));
            if (types is not null) query = query.Where(e => types.Contains(e.Type));
            if (profileId is not null) query = query.Where(e => e.ProfileId == profileId);
            var rows = await query.OrderBy(e => e.Sequence).Take(PageSize + sent.Count).ToListAsync(ct);

            foreach (var evt in rows.Where(e => !sent.ContainsKey(e.Id)))
            {
                sent[evt.Id] = evt.CreatedAt;
                cursor = Math.Max(cursor, evt.Sequence);
                yield return new EventFeedFrame(evt.Type, evt.Id, FortuneEventEnvelope.Json(evt));
            }
            foreach (var old in sent.Where(s => s.Value < windowStart - LateCommitWindow).Select(s => s.Key).ToList()) sent.Remove(old);
            if (rows.Count >= PageSize + sent.Count) continue; // more waiting: no pause

            if (clock.GetUtcNow() >= nextHeartbeat)
            {
                var at = clock.GetUtcNow();
                nextHeartbeat = at + options.HeartbeatInterval;
                var data = new JsonObject { ["type"] = "heartbeat", ["timestamp"] = WireTime.ToWire(at.UtcDateTime) };
                yield return new EventFeedFrame("heartbeat", "hb_" + at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), data.ToJsonString());
            }
            var untilHeartbeat = nextHeartbeat - clock.GetUtcNow();
            await signal.WaitAsync(untilHeartbeat < options.PollInterval ? Max(untilHeartbeat, TimeSpan.FromMilliseconds(10)) : options.PollInterval, clock, ct);
        }
    }

    /// <summary>
    /// The sequence to continue after: an <c>evt_</c> id of this tenant's outbox; a heartbeat id
    /// <c>hb_&lt;unix&gt;</c> (what EventSource sends back when a heartbeat came last) resumes after the
    /// events saved before that second; none starts at the newest event (live only).
    /// </summary>
    private async Task<long> StartAsync(string? resume, string field, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(resume))
            return await db.Events.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        if (resume.StartsWith("hb_", StringComparison.Ordinal)
            && long.TryParse(resume.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            && unix is > 0 and < 253402300800)
        {
            var before = DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime;
            return await db.Events.Where(e => e.CreatedAt < before).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        }
        return await db.Events.Where(e => e.Id == resume).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(ct)
               ?? throw FortuneRefusal.Invalid(field, $"{field} '{resume}' is not an event of this feed.");
    }

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
