using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>ADR 40 "beyond the docs": a tenant's production analyses, newest first, keyset-paged (ADR 33).</summary>
public sealed class AnalysisList(AnalysisDbContext db, KeysetCursors cursors, AnalysisViews views)
{
    private static readonly CursorScope Scope = new(AnalysisProduct.Name, "analyses");

    public async Task<object> ListAsync(string? status, string? createdFrom, string? createdTo, string? limit, string? cursor, CancellationToken ct)
    {
        var size = PageLimit.Parse(limit);
        var query = db.Analyses.AsNoTracking().Where(a => !a.Sandbox);
        if (status is not null)
        {
            var wanted = status.Trim().ToUpperInvariant();
            if (!AnalysisStatus.All.Contains(wanted))
                throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "status", "status must be one of QUEUED, PROCESSING, COMPLETED, FAILED.");
            query = query.Where(a => a.Status == wanted);
        }
        if (Time(createdFrom, "createdFrom") is { } from) query = query.Where(a => a.CreatedAt >= from);
        if (Time(createdTo, "createdTo") is { } to) query = query.Where(a => a.CreatedAt < to);
        var page = await query.KeysetPage(a => a.CreatedAt, a => a.Id, cursors.Decode(Scope, cursor), KeysetOrder.Descending, size)
            .ToKeysetPageAsync(size, ct);
        var items = new List<object>();
        foreach (var analysis in page.Rows) items.Add(await views.RenderAsync(analysis, ct));
        var last = page.Rows.LastOrDefault();
        return new { items, nextCursor = page.HasMore && last is not null ? cursors.Encode(Scope, last.CreatedAt, last.Id) : null };
    }

    private static DateTime? Time(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return WireTime.TryParse(value, out var time) ? time
            : throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, field, $"{field} must be an ISO 8601 UTC time.");
    }
}
