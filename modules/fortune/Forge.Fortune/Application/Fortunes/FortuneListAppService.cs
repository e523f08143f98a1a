using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Fortunes;
using Forge.Fortune.Profiles;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// <c>GET /v1/fortunes</c> (F-list): newest first by (generated_at, id), keyset cursor, <c>total_count</c> over
/// the filters. Dates select the fortunes whose <em>period</em> touches them (ADR 11): <c>fortune_date=2025-01-16</c>
/// finds that day's daily fortune, January's monthly and 2025's yearly; <c>date_from</c>/<c>date_to</c> are
/// inclusive and work the same way (<c>fortune_date=d</c> is <c>date_from=d&amp;date_to=d</c>).
/// </summary>
public sealed class FortuneListAppService(FortuneDbContext db, KeysetCursors cursors)
{
    private static readonly CursorScope Scope = new("Fortune", "fortunes");

    public async Task<ListEnvelope<FortuneListItemDto>> ListAsync(FortuneListQuery query, CancellationToken ct)
    {
        var limit = PageLimit.Parse(query.Limit);
        var type = query.FortuneType is null ? (FortuneType?)null : InputParsing.Enum(query.FortuneType, "fortune_type", FortuneType.Daily);
        var on = FortuneDates.Parse(query.FortuneDate, "fortune_date");
        var from = FortuneDates.Parse(query.DateFrom, "date_from") ?? on;
        var to = FortuneDates.Parse(query.DateTo, "date_to") ?? on;
        if (on is { } d && (from != d || to != d))
            throw FortuneRefusal.Invalid("fortune_date", "fortune_date cannot be combined with a different date_from or date_to.");
        if (from > to) throw FortuneRefusal.Invalid("date_from", "date_from must not be after date_to.");
        var position = cursors.Decode(Scope, query.Cursor);

        // Counted on the first page and carried in the cursor (ADR 23): a deep page costs what the first one does.
        var filters = string.Join('\n', query.ProfileId, type?.Key(), query.Model?.Trim().ToLowerInvariant(), from, to);
        var unfiltered = string.IsNullOrEmpty(query.ProfileId) && type is null && string.IsNullOrEmpty(query.Model) && from is null && to is null;
        // The common call runs compiled queries: no composed query is built for it (AsNoTracking alone is a generic
        // method made and an expression node per call).
        var filtered = unfiltered ? null : Filtered(query, type, from, to);
        // The count and the page share one open of the connection: every open of EF Core's SQLite connection
        // registers its SQL functions on the native connection again (ADR 45).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PageAsync(filtered, position, filters, limit, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private IQueryable<StoredFortune> Filtered(FortuneListQuery query, FortuneType? type, DateOnly? from, DateOnly? to)
    {
        var filtered = db.Fortunes.AsNoTracking();
        if (!string.IsNullOrEmpty(query.ProfileId)) filtered = filtered.Where(f => f.ProfileId == query.ProfileId);
        if (type is { } t)
        {
            var key = t.Key();
            filtered = filtered.Where(f => f.FortuneType == key);
        }
        if (!string.IsNullOrEmpty(query.Model))
        {
            var model = query.Model.Trim().ToLowerInvariant();
            filtered = filtered.Where(f => f.Model == model);
        }
        if (from is { } start)
        {
            // A period ends on or after `start` exactly when it begins on or after the start of the period holding `start`.
            DateOnly day = start, month = FortunePeriod.Start(FortuneType.Monthly, start), year = FortunePeriod.Start(FortuneType.Yearly, start);
            filtered = filtered.Where(f => (f.FortuneType == "daily" && f.FortuneDate >= day)
                                           || (f.FortuneType == "monthly" && f.FortuneDate >= month)
                                           || (f.FortuneType == "yearly" && f.FortuneDate >= year));
        }
        if (to is { } end) filtered = filtered.Where(f => f.FortuneDate <= end);
        return filtered;
    }

    private async Task<ListEnvelope<FortuneListItemDto>> PageAsync(IQueryable<StoredFortune>? filtered, KeysetPosition? position,
        string filters, int limit, CancellationToken ct)
    {
        var total = position?.TotalFor(filters) ?? (filtered is null ? await UnfilteredFortuneList.CountAsync(db, ct) : await filtered.CountAsync(ct));

        // Newest first; the kernel's keyset seeks the (tenant, generated_at, id) index to the cursor (etc/benchmarks.md, ADR 13).
        // The common call, without filters, runs as compiled queries of the same SQL (ADR 35).
        var (rows, hasMore) = filtered is null
            ? KeysetPage<FortuneListRow>.From(await UnfilteredFortuneList.PageAsync(db, position is { } p ? (p.At, p.Id) : null, limit + 1, ct), limit)
            : await filtered.KeysetPage(f => f.GeneratedAt, f => f.Id, position, KeysetOrder.Descending, limit)
                .Select(FortuneListRow.FromStored).ToKeysetPageAsync(limit, ct);
        var next = hasMore ? cursors.Encode(Scope, rows[^1].GeneratedAt, rows[^1].Id, total, filters) : null;
        return new ListEnvelope<FortuneListItemDto>(rows.Select(FortuneMapper.Item).ToList(), hasMore, next, total);
    }
}
