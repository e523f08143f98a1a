using Forge.Analysis.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Analysis.HttpApi;

/// <summary>ADR 40 "beyond the docs": the keyset-paged list (newest first, sandbox runs excluded) and DELETE.</summary>
internal static class AnalysisListEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/analyses", async (string? status, string? createdFrom, string? createdTo, string? limit, string? cursor,
                AnalysisList list, CancellationToken ct) =>
            TypedResults.Json(AnalysisEnvelope.Ok(await list.ListAsync(status, createdFrom, createdTo, limit, cursor, ct)), AnalysisProduct.Definition.JsonOptions));

        api.MapDelete("/analyses/{analysisId}", async (string analysisId, bool? includeResult, AnalysisLifecycle lifecycle, AnalysisViews views,
            CancellationToken ct) =>
        {
            var analysis = await lifecycle.DeleteAsync(AnalysisReader.CheckId(analysisId), includeResult ?? false, ct);
            return TypedResults.Json(AnalysisEnvelope.Ok(await views.RenderAsync(analysis, ct)), AnalysisProduct.Definition.JsonOptions);
        });
    }
}
