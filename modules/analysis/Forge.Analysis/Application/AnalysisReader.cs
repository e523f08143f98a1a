using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Hosting.ProductApi;
using Microsoft.EntityFrameworkCore;

namespace Forge.Analysis.Application;

/// <summary>Production analyses by id: the tenant filter hides other tenants' rows, so theirs are NOT001 like unknown ones.</summary>
public sealed class AnalysisReader(AnalysisDbContext db)
{
    public async Task<AnalysisRun> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw NotFound(id);

    public Task<AnalysisRun?> FindAsync(string id, CancellationToken ct) =>
        db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && !a.Sandbox, ct);

    public static ProductApiException NotFound(string id) =>
        new(ProductErrorKind.NotFound, AnalysisErrorCodes.NotFound, $"No analysis '{id}'.", metadata: new Dictionary<string, object?> { ["id"] = id });

    /// <summary>A path id must be a UUID (ADR 40: VAL003 naming the parameter).</summary>
    public static string CheckId(string id, string field = "analysisId") =>
        Guid.TryParse(id, out var guid) ? guid.ToString() : throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, field, $"{field} must be a UUID.");
}
