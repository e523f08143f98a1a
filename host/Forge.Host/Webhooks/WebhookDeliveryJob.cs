using System.Text;
using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Webhooks;

/// <summary>
/// One delivery attempt. A 2xx ends it; otherwise the next attempt is queued after
/// <c>Forge:Webhooks:RetryIntervalSeconds</c> until <c>Forge:Webhooks:MaxAttempts</c> is reached.
/// </summary>
public sealed class WebhookDeliveryJob(
    PlatformDbContext db,
    IHttpClientFactory httpClients,
    IPiiProtector protector,
    IBackgroundJobManager jobs,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<WebhookDeliveryJob> logger) : IBackgroundJob<WebhookDeliveryArgs>
{
    public const string HttpClientName = "forge-webhooks";

    public async Task ExecuteAsync(WebhookDeliveryArgs args, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == args.DeliveryId, cancellationToken);
        var maxAttempts = configuration.GetValue("Forge:Webhooks:MaxAttempts", 5);
        if (delivery is null || delivery.State != WebhookDeliveryState.Pending || delivery.Attempts >= maxAttempts) return;

        delivery.Attempts++;
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
            refused = IsPrivateTargetRefusal(e); // no retry can succeed; Attempts stays the true count
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The secret was encrypted under another PII key: no attempt can ever be signed.
            delivery.LastError = "The webhook secret cannot be decrypted (was Forge:Security:PiiKey changed?).";
            refused = true;
        }

        var retry = delivery.State == WebhookDeliveryState.Pending && !refused && delivery.Attempts < maxAttempts;
        if (delivery.State == WebhookDeliveryState.Pending && !retry) delivery.State = WebhookDeliveryState.Failed;
        await db.SaveChangesAsync(CancellationToken.None);
        if (retry)
        {
            var interval = TimeSpan.FromSeconds(configuration.GetValue("Forge:Webhooks:RetryIntervalSeconds", 30.0));
            logger.LogInformation("Webhook {Delivery} attempt {Attempt} failed ({Error}); retrying in {Interval}", delivery.Id, delivery.Attempts, delivery.LastError, interval);
            await jobs.EnqueueAsync(args, interval, CancellationToken.None);
        }
    }

    // SocketsHttpHandler wraps whatever the connect callback throws in its own HttpRequestException.
    private static bool IsPrivateTargetRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PrivateTargetException) return true;
        return false;
    }

    private HttpRequestMessage BuildRequest(WebhookDelivery delivery)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.HeadersJson) ?? [])
            request.Headers.TryAddWithoutValidation(name, value);
        if (delivery.ProtectedSecret is { } secret)
            request.Headers.TryAddWithoutValidation(delivery.SignatureHeader, WebhookSignature.Compute(protector.Unprotect(secret), body));
        return request;
    }
}
