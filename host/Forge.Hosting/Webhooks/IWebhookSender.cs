namespace Forge.Hosting.Webhooks;

/// <summary>
/// Delivers webhooks durably: the delivery is recorded, signed (HMAC-SHA256 over the raw body,
/// lowercase hex), retried on failure, and its state kept for the module to show.
/// </summary>
public interface IWebhookSender
{
    /// <summary>
    /// Records the delivery and its first attempt's job in one commit (ADR 61), so a crash right after it delays the
    /// delivery but never loses it; returns its id.
    /// </summary>
    Task<Guid> EnqueueAsync(WebhookMessage message, CancellationToken cancellationToken = default);

    Task<WebhookDeliveryStatus?> GetStatusAsync(Guid deliveryId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One signed attempt now, through the same client and address guard, neither recorded nor retried
    /// (a "send test event" button). Never throws for the receiver's or the network's failures.
    /// </summary>
    Task<WebhookAttemptResult> SendNowAsync(WebhookMessage message, CancellationToken cancellationToken = default);
}

/// <param name="Url">Target URL; private, loopback and link-local hosts are refused unless allowed.</param>
/// <param name="Body">The exact bytes sent (as UTF-8) and signed.</param>
/// <param name="Secret">HMAC key; no signature header is sent without one.</param>
/// <param name="Headers">Extra headers (event name, timestamp) in the product's own names.</param>
/// <param name="Reference">
/// The sender's own handle on the delivery (≤200 chars, e.g. <c>fortune:whk_…</c>), stored with it and
/// handed back to every <see cref="IWebhookDeliveryObserver"/> when the delivery finishes. Unique: enqueueing
/// a reference again returns the first delivery's id and sends nothing more, so a retried or repeated
/// dispatch delivers once.
/// </param>
/// <param name="Owner">Whose delivery it is (typed, for observers) and so whose retry policy applies.</param>
/// <param name="RetryPolicy">This message's own policy; wins over the owner product's and the host default.</param>
public sealed record WebhookMessage(
    string Url,
    string EventType,
    string Body,
    string? Secret,
    IReadOnlyDictionary<string, string>? Headers = null,
    string SignatureHeader = WebhookEventHeaders.Signature,
    string? Reference = null,
    WebhookOwner? Owner = null,
    WebhookRetryPolicy? RetryPolicy = null);

/// <summary>The outcome of one immediate attempt (<see cref="IWebhookSender.SendNowAsync"/>).</summary>
/// <param name="StatusCode">The receiver's status, or null when no response arrived.</param>
public sealed record WebhookAttemptResult(bool Succeeded, int? StatusCode, string? Error, TimeSpan Duration);

public enum WebhookDeliveryState
{
    Pending,
    Succeeded,
    Failed,
}

/// <param name="LastAttemptAt">When the last attempt started; null before the first.</param>
/// <param name="MaxAttempts">The attempts its retry policy allows in all.</param>
public sealed record WebhookDeliveryStatus(
    Guid Id,
    WebhookDeliveryState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? LastAttemptAt = null,
    int MaxAttempts = 0,
    WebhookOwner? Owner = null);
