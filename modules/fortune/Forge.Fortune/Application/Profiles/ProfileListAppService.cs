using System.Globalization;
using System.Text.RegularExpressions;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Profiles;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;

namespace Forge.Fortune.Application.Profiles;

/// <summary>
/// <c>GET /v1/profiles</c>: keyset pagination in (created_at, id) order, filters by day master element
/// and creation time, <c>total_count</c> over the filters (not the page).
/// </summary>
public sealed partial class ProfileListAppService(FortuneDbContext db, ProfilePii pii, KeysetCursors cursors)
{
    private static readonly CursorScope Scope = new("Fortune", "profiles");

    private static readonly string[] Elements = ["wood", "fire", "earth", "metal", "water"];

    public async Task<ListEnvelope<ProfileDto>> ListAsync(ProfileListQuery query, CancellationToken ct)
    {
        var limit = PageLimit.Parse(query.Limit);
        var element = Element(query.DayMasterElement);
        var after = Timestamp(query.CreatedAfter, "created_after");
        var before = Timestamp(query.CreatedBefore, "created_before");
        var position = cursors.Decode(Scope, query.Cursor);

        var filtered = db.Profiles.AsNoTracking();
        if (element is not null) filtered = filtered.Where(p => p.DayMasterElement == element);
        if (after is { } a) filtered = filtered.Where(p => p.CreatedAt > a);
        if (before is { } b) filtered = filtered.Where(p => p.CreatedAt < b);
        // Counted on the first page and carried in the cursor (ADR 23).
        var filters = string.Join('\n', element, after?.Ticks, before?.Ticks);
        var total = position?.TotalFor(filters) ?? await filtered.CountAsync(ct);

        var (rows, hasMore) = await filtered.KeysetPage(p => p.CreatedAt, p => p.Id, position, KeysetOrder.Ascending, limit).ToKeysetPageAsync(limit, ct);
        var next = hasMore ? cursors.Encode(Scope, rows[^1].CreatedAt, rows[^1].Id, total, filters) : null;
        var data = rows.Select(p => ProfileMapper.Masked(p, pii.Name(p), pii.Birth(p))).ToList();
        return new ListEnvelope<ProfileDto>(data, hasMore, next, total);
    }

    private static string? Element(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var element = value.Trim().ToLowerInvariant();
        return Elements.Contains(element)
            ? element
            : throw FortuneRefusal.Invalid("day_master_element", $"day_master_element must be one of: {string.Join(", ", Elements)}.");
    }

    /// <summary>ISO 8601: a date (<c>2025-01-16</c>, midnight UTC) or a date-time with an offset or <c>Z</c> (none means UTC).</summary>
    private static DateTime? Timestamp(string? value, string field)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (!Iso8601().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            throw FortuneRefusal.Invalid(field, $"{field} must be an ISO 8601 date or date-time, e.g. 2025-01-16T09:00:00Z.");
        return parsed.UtcDateTime;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex Iso8601();
}
