using Forge.Analysis.Domain.Analyses;
using Forge.Hosting.ProductApi;

namespace Forge.Analysis.Application;

/// <summary>The batch resource on the wire (ADR 40 §Batch).</summary>
public static class BatchViews
{
    public static Dictionary<string, object?> Render(AnalysisBatch batch, IReadOnlyList<AnalysisRun> items, bool accepted = false)
    {
        var data = new Dictionary<string, object?>
        {
            ["id"] = batch.Id,
            ["status"] = batch.Status,
            ["totalItems"] = batch.TotalItems,
            ["counts"] = Counts(items),
            ["items"] = items.Select(i => new
            {
                referenceId = i.ReferenceId,
                analysisId = i.Id,
                status = i.Status,
                error = i.ErrorCode is { } code ? new { code, message = i.ErrorMessage } : null,
            }).ToList(),
            ["createdAt"] = WireTime.ToWire(batch.CreatedAt),
            ["completedAt"] = batch.CompletedAt is { } done ? WireTime.ToWire(done) : null,
            ["links"] = new { self = $"{AnalysisProduct.BasePath}/analyses/batch/{batch.Id}" },
        };
        if (accepted) data["metadata"] = new { creditsUsed = batch.TotalItems };
        return data;
    }

    public static object Counts(IReadOnlyList<AnalysisRun> items) => new
    {
        queued = items.Count(i => i.Status == AnalysisStatus.Queued),
        processing = items.Count(i => i.Status == AnalysisStatus.Processing),
        completed = items.Count(i => i.Status == AnalysisStatus.Completed),
        failed = items.Count(i => i.Status == AnalysisStatus.Failed),
    };
}
