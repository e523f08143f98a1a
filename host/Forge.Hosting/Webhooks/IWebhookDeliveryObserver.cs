namespace Forge.Hosting.Webhooks;

/// <summary>
/// Told when a queued delivery has finished for good: succeeded, or failed after its last attempt
/// (or at once when no attempt can succeed, e.g. a refused private target). Runs in the delivery's
/// job, as the delivery's tenant, after the outcome is saved; a module registers one to keep its own
/// state (failure counts, auto-disable) and ignores outcomes whose <see cref="WebhookDeliveryOutcome.Owner"/>
/// is not its own.
/// </summary>
public interface IWebhookDeliveryObserver
{
    Task OnDeliveryFinishedAsync(WebhookDeliveryOutcome outcome, CancellationToken cancellationToken);
}

/// <param name="Reference">The <see cref="WebhookMessage.Reference"/> it was enqueued with.</param>
/// <param name="Owner">The <see cref="WebhookMessage.Owner"/> it was enqueued with.</param>
/// <param name="LastAttemptAt">When its last attempt started (null when none was made).</param>
public sealed record WebhookDeliveryOutcome(
    Guid DeliveryId,
    string? Reference,
    string EventType,
    bool Succeeded,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset FinishedAt,
    WebhookOwner? Owner = null,
    DateTimeOffset? LastAttemptAt = null);
