using System.Text.Json;
using Forge.Analysis.Domain.Analyses;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Application;

/// <summary>
/// The analysis resource on the wire (seed, ADR 40). A dictionary rather than a record because members are
/// omitted by state (metadata.creditsUsed while processing or failed), which a null-writing serializer cannot say.
/// </summary>
public sealed class AnalysisViews(IWebhookSender webhooks)
{
    public const int EstimatedSeconds = 30;

    public async Task<Dictionary<string, object?>> RenderAsync(AnalysisRun analysis, CancellationToken ct)
    {
        var terminal = AnalysisStatus.IsTerminal(analysis.Status);
        JsonElement? result = analysis.ResultJson is { } json && analysis.Status == AnalysisStatus.Completed
            ? JsonSerializer.Deserialize<JsonElement>(json) : null;
        var data = new Dictionary<string, object?>
        {
            ["id"] = analysis.Id,
            ["status"] = analysis.Status,
            ["createdAt"] = WireTime.ToWire(analysis.CreatedAt),
            ["completedAt"] = analysis.CompletedAt is { } done ? WireTime.ToWire(done) : null,
            ["processingTime"] = analysis.CompletedAt is { } end ? (long)(end - (analysis.StartedAt ?? analysis.CreatedAt)).TotalMilliseconds : null,
            ["estimatedTime"] = terminal ? null : EstimatedSeconds,
            ["result"] = result,
            ["error"] = analysis.ErrorCode is { } code ? new { code, message = analysis.ErrorMessage } : null,
        };
        if (CreditsUsed(analysis) is { } credits)
            data["metadata"] = result?.TryGetProperty("engine", out var engine) == true
                ? new { creditsUsed = credits, engine = engine.GetString() } // ADR 47: which engine wrote the text
                : new { creditsUsed = credits };
        data["webhook"] = analysis.WebhookUrl is { } url ? new { url, delivery = await DeliveryAsync(analysis, ct) } : null;
        data["links"] = new { self = SelfLink(analysis) };
        if (analysis.Sandbox) data["expiresAt"] = analysis.ExpiresAt is { } expires ? WireTime.ToWire(expires) : null;
        return data;
    }

    public static string SelfLink(AnalysisRun analysis) =>
        analysis.Sandbox ? $"{AnalysisProduct.BasePath}/analyses/test-run/{analysis.Id}" : $"{AnalysisProduct.BasePath}/analyses/{analysis.Id}";

    // ADR 40: 1 at acceptance and when COMPLETED, omitted while processing and when FAILED; the sandbox always 0.
    private static int? CreditsUsed(AnalysisRun analysis) =>
        analysis.Sandbox ? 0 : analysis.Status is AnalysisStatus.Queued or AnalysisStatus.Completed ? 1 : null;

    private async Task<object> DeliveryAsync(AnalysisRun analysis, CancellationToken ct)
    {
        var status = analysis.WebhookDeliveryId is { } id ? await webhooks.GetStatusAsync(id, ct) : null;
        if (status is null) return new { state = "PENDING", lastAttemptAt = (string?)null, lastStatusCode = (int?)null, attemptCount = 0, lastError = (string?)null };
        var state = status.State switch
        {
            WebhookDeliveryState.Succeeded => "SUCCESS",
            WebhookDeliveryState.Failed => "FAILED",
            _ => "PENDING",
        };
        return new
        {
            state,
            lastAttemptAt = status.LastAttemptAt is { } at ? WireTime.ToWire(at) : null,
            lastStatusCode = status.LastStatusCode,
            attemptCount = status.Attempts,
            lastError = status.LastError,
        };
    }
}
