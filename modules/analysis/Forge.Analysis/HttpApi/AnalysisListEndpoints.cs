using Forge.Analysis.Application;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.HttpApi;

/// <summary>ADR 40 "beyond the docs": the keyset-paged list (newest first, sandbox runs excluded) and DELETE.</summary>
internal static class AnalysisListEndpoints
{
    private static readonly CursorScope Scope = new(AnalysisProduct.Name, "analyses");

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/analyses", async (string? status, string? createdFrom, string? createdTo, string? limit, string? cursor,
            AnalysisDbContext db, KeysetCursors cursors, AnalysisViews views, CancellationToken ct) =>
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
            var next = page.HasMore && last is not null ? cursors.Encode(Scope, last.CreatedAt, last.Id) : null;
            return TypedResults.Json(AnalysisEnvelope.Ok(new { items, nextCursor = next }), AnalysisProduct.Definition.JsonOptions);
        });

        api.MapDelete("/analyses/{analysisId}", async (string analysisId, bool? includeResult, AnalysisLifecycle lifecycle, AnalysisViews views,
            CancellationToken ct) =>
        {
            var analysis = await lifecycle.DeleteAsync(AnalysisReader.CheckId(analysisId), includeResult ?? false, ct);
            return TypedResults.Json(AnalysisEnvelope.Ok(await views.RenderAsync(analysis, ct)), AnalysisProduct.Definition.JsonOptions);
        });
    }

    private static DateTime? Time(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return WireTime.TryParse(value, out var time) ? time
            : throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, field, $"{field} must be an ISO 8601 UTC time.");
    }
}
