using System.Text.Json;
using Forge.Analysis.Domain.Analyses;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;

namespace Forge.Analysis.Application;

/// <summary>
/// Enqueues an analysis's terminal event with the kernel sender (signed over the raw body, retried by the product's
/// policy: 1 + 3 retries 2 s apart). The reference is unique per analysis and event, so a re-run job enqueues once;
/// it is also sent as <c>X-Webhook-Id</c> for receivers to de-duplicate the at-least-once delivery on.
/// </summary>
public sealed class AnalysisWebhooks(IWebhookSender sender, IPiiProtector protector, TimeProvider clock)
{
    public const string Kind = "analysis";
    public const string Completed = "analysis.completed";
    public const string Failed = "analysis.failed";

    /// <returns>The delivery id, or null when the analysis has no webhook.</returns>
    public async Task<Guid?> EnqueueAsync(AnalysisRun analysis, CancellationToken ct)
    {
        if (analysis.WebhookUrl is not { } url) return null;
        var now = clock.GetUtcNow();
        var eventType = analysis.Status == AnalysisStatus.Completed ? Completed : Failed;
        return await EnqueueAsync(url, analysis.WebhookSecret, eventType, Kind, analysis.Id, Data(analysis), ct);
    }

    /// <summary>One event <c>{event, timestamp (epoch s), data}</c>, signed when a secret is stored; once per owner and event.</summary>
    public Task<Guid> EnqueueAsync(string url, string? protectedSecret, string eventType, string kind, string id, object data, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var body = JsonSerializer.Serialize(new { @event = eventType, timestamp = now.ToUnixTimeSeconds(), data });
        var secret = protectedSecret is { } stored ? protector.Unprotect(stored) : null;
        // The reference doubles as X-Webhook-Id: delivery is at least once (a send in flight on a host that dies is
        // sent again by the host that takes the job over), so receivers de-duplicate on it (ADR 49).
        var reference = $"{kind}:{id}:{eventType}";
        var message = WebhookEventHeaders.Message(url, eventType, body, secret, now, eventId: reference,
            owner: new WebhookOwner(AnalysisProduct.Name, kind, id), reference: reference);
        return sender.EnqueueAsync(message, ct);
    }

    // ADR 40: analysis.failed carries both id and analysisId, so receivers written against either reading work.
    private static Dictionary<string, object?> Data(AnalysisRun analysis)
    {
        var data = new Dictionary<string, object?> { ["id"] = analysis.Id };
        if (analysis.Status == AnalysisStatus.Failed) data["analysisId"] = analysis.Id;
        data["type"] = Kind;
        data["status"] = analysis.Status;
        if (analysis.Status == AnalysisStatus.Failed) data["error"] = new Dictionary<string, object?> { ["code"] = analysis.ErrorCode, ["message"] = analysis.ErrorMessage };
        if (analysis.Sandbox) data["sandbox"] = true;
        return data;
    }
}
