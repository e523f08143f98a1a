namespace Forge.Hosting.Webhooks;

/// <summary>
/// Delivers webhooks durably: the delivery is recorded, signed (HMAC-SHA256 over the raw body,
/// lowercase hex), retried on failure, and its state kept for the module to show.
/// </summary>
public interface IWebhookSender
{
    /// <summary>Records the delivery and queues it; returns its id.</summary>
    Task<Guid> EnqueueAsync(WebhookMessage message, CancellationToken cancellationToken = default);

    Task<WebhookDeliveryStatus?> GetStatusAsync(Guid deliveryId, CancellationToken cancellationToken = default);
}

/// <param name="Url">Target URL; private, loopback and link-local hosts are refused unless allowed.</param>
/// <param name="Body">The exact bytes sent (as UTF-8) and signed.</param>
/// <param name="Secret">HMAC key; no signature header is sent without one.</param>
/// <param name="Headers">Extra headers (event name, timestamp) in the product's own names.</param>
public sealed record WebhookMessage(
    string Url,
    string EventType,
    string Body,
    string? Secret,
    IReadOnlyDictionary<string, string>? Headers = null,
    string SignatureHeader = "X-Webhook-Signature");

public enum WebhookDeliveryState
{
    Pending,
    Succeeded,
    Failed,
}

public sealed record WebhookDeliveryStatus(
    Guid Id,
    WebhookDeliveryState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt);
