using System.Globalization;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Fortune.Profiles;
using Forge.Fortune.Webhooks;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// <c>GET /v1/webhooks</c>: filters <c>active</c> and <c>event</c>, keyset pages in (created_at, id) order
/// with a signed cursor, <c>total_count</c> over the filters (as for profiles, ADR 10).
/// </summary>
public sealed class WebhookListAppService(FortuneDbContext db, KeysetCursors cursors)
{
    private static readonly CursorScope Scope = new("Fortune", "webhooks");

    public async Task<ListEnvelope<WebhookDto>> ListAsync(WebhookListQuery query, CancellationToken ct)
    {
        var limit = PageLimit.Parse(query.Limit);
        var active = Active(query.Active);
        var type = EventType(query.Event);
        var position = cursors.Decode(Scope, query.Cursor);

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

        var (rows, hasMore) = await filtered.KeysetPage(w => w.CreatedAt, w => w.Id, position, KeysetOrder.Ascending, limit).ToKeysetPageAsync(limit, ct);
        var next = hasMore ? cursors.Encode(Scope, rows[^1].CreatedAt, rows[^1].Id, total, filters) : null;
        return new ListEnvelope<WebhookDto>(rows.Select(WebhookMapper.ToDto).ToList(), hasMore, next, total);
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
