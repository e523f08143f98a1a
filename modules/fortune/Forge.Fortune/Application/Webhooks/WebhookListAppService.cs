using System.Globalization;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Fortune.Profiles;
using Forge.Fortune.Webhooks;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// <c>GET /v1/webhooks</c>: filters <c>active</c> and <c>event</c>, keyset pages in (created_at, id) order
/// with a signed cursor, <c>total_count</c> over the filters (as for profiles, ADR 10).
/// </summary>
public sealed class WebhookListAppService(FortuneDbContext db, KeysetCursor cursors)
{
    private const string Resource = "webhooks";

    public async Task<ListEnvelope<WebhookDto>> ListAsync(WebhookListQuery query, CancellationToken ct)
    {
        var limit = Limit(query.Limit);
        var active = Active(query.Active);
        var type = EventType(query.Event);
        var position = string.IsNullOrEmpty(query.Cursor) ? null : cursors.DecodePosition(Resource, query.Cursor);

        var filtered = db.Webhooks.AsNoTracking();
        if (active is { } a) filtered = filtered.Where(w => w.Active == a);
        if (type is not null)
        {
            var pattern = "," + type + ",";
            filtered = filtered.Where(w => w.EventList.Contains(pattern));
        }
        // Counted on the first page and carried in the cursor (ADR 23).
        var filters = string.Join('\n', active, type);
        var total = position?.TotalFor(filters) ?? await filtered.CountAsync(ct);

        var page = filtered;
        if (position is { } last)
        {
            var (createdAt, id) = (last.At, last.Id);
            // `>=` first lets the database seek the index to the cursor instead of filtering every older row (ADR 13).
            page = page.Where(w => w.CreatedAt >= createdAt && (w.CreatedAt > createdAt || string.Compare(w.Id, id) > 0));
        }
        var rows = await page.OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).Take(limit + 1).ToListAsync(ct);
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        var next = hasMore ? cursors.Encode(Resource, rows[^1].CreatedAt, rows[^1].Id, total, filters) : null;
        return new ListEnvelope<WebhookDto>(rows.Select(WebhookMapper.ToDto).ToList(), hasMore, next, total);
    }

    private static int Limit(string? value)
    {
        if (string.IsNullOrEmpty(value)) return 20;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 100
            ? limit
            : throw FortuneRefusal.Invalid("limit", "limit must be an integer from 1 to 100.");
    }

    private static bool? Active(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" => true,
        "false" => false,
        _ => throw FortuneRefusal.Invalid("active", "active must be true or false."),
    };

    private static string? EventType(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var type = value.Trim();
        return FortuneEventTypes.IsKnown(type)
            ? type
            : throw FortuneRefusal.Invalid("event", $"event must be one of: {string.Join(", ", FortuneEventTypes.All)}.");
    }
}
