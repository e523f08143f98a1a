using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Webhooks;

/// <summary>
/// One delivery attempt. A 2xx ends it; otherwise the next attempt is queued after the wait of the
/// delivery's retry policy (fixed at enqueue) until its attempts are used up.
/// Once the delivery has finished for good, every <see cref="IWebhookDeliveryObserver"/> is told.
/// </summary>
public sealed class WebhookDeliveryJob(
    PlatformDbContext db,
    IHttpClientFactory httpClients,
    IPiiProtector protector,
    IBackgroundJobManager jobs,
    TimeProvider clock,
    IEnumerable<IWebhookDeliveryObserver> observers,
    ILogger<WebhookDeliveryJob> logger) : IBackgroundJob<WebhookDeliveryArgs>
{
    public const string HttpClientName = "forge-webhooks";
    public const string JobName = "forge.webhook-delivery";

    public async Task ExecuteAsync(WebhookDeliveryArgs args, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == args.DeliveryId, cancellationToken);
        if (delivery is null || delivery.State != WebhookDeliveryState.Pending || delivery.Attempts >= delivery.MaxAttempts) return;

        delivery.Attempts++;
        delivery.LastAttemptAt = clock.GetUtcNow().UtcDateTime;
        var refused = false;
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(BuildRequest(delivery), cancellationToken);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : $"Receiver answered {(int)response.StatusCode}.";
            if (response.IsSuccessStatusCode)
            {
                delivery.State = WebhookDeliveryState.Succeeded;
                delivery.DeliveredAt = clock.GetUtcNow().UtcDateTime;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastError = e.Message;
            refused = WebhookRequest.IsPrivateTargetRefusal(e); // no retry can succeed; Attempts stays the true count
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The secret was encrypted under another PII key: no attempt can ever be signed.
            delivery.LastError = "The webhook secret cannot be decrypted (was Forge:Security:PiiKey changed?).";
            refused = true;
        }

        var retry = delivery.State == WebhookDeliveryState.Pending && !refused && delivery.Attempts < delivery.MaxAttempts;
        if (delivery.State == WebhookDeliveryState.Pending && !retry) delivery.State = WebhookDeliveryState.Failed;
        await db.SaveChangesAsync(CancellationToken.None);
        if (retry)
        {
            var interval = delivery.RetryPolicy.DelayAfter(delivery.Attempts);
            logger.LogInformation("Webhook {Delivery} attempt {Attempt} failed ({Error}); retrying in {Interval}", delivery.Id, delivery.Attempts, delivery.LastError, interval);
            await jobs.EnqueueAsync(args, interval, CancellationToken.None);
            return;
        }
        await NotifyAsync(delivery, cancellationToken);
    }

    // After the outcome is saved: an observer's failure is logged, never turned into a retry of a
    // delivery that has already finished.
    private async Task NotifyAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = new WebhookDeliveryOutcome(delivery.Id, delivery.Reference, delivery.EventType,
            delivery.State == WebhookDeliveryState.Succeeded, delivery.Attempts, delivery.LastStatusCode, delivery.LastError, clock.GetUtcNow(),
            delivery.Owner, Utc(delivery.LastAttemptAt));
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnDeliveryFinishedAsync(outcome, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Webhook observer {Observer} failed for delivery {Delivery}", observer.GetType().Name, delivery.Id);
            }
        }
    }

    internal static DateTimeOffset? Utc(DateTime? at) => at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;

    private HttpRequestMessage BuildRequest(WebhookDelivery delivery) => WebhookRequest.Build(delivery.Url, delivery.Body,
        JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.HeadersJson), delivery.SignatureHeader,
        delivery.ProtectedSecret is { } secret ? protector.Unprotect(secret) : null);
}
