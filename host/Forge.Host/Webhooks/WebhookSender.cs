using System.Diagnostics;
using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Webhooks;

/// <summary>
/// Records a delivery (secret encrypted) and stages its first attempt in the same commit; or makes one unrecorded
/// attempt now. The delivery and its job exist together or not at all (the platform's job outbox, ADR 20, 61): a
/// crash after the commit leaves the job in the outbox for the dispatcher of this or the next host, and an enqueue
/// repeated by reference finds a delivery that always has its job.
/// </summary>
public sealed class WebhookSender(
    PlatformDbContext db,
    IPiiProtector protector,
    ICurrentTenant currentTenant,
    IHttpClientFactory httpClients,
    WebhookRetryPolicies retryPolicies,
    TimeProvider clock) : IWebhookSender
{
    public async Task<Guid> EnqueueAsync(WebhookMessage message, CancellationToken cancellationToken = default)
    {
        RequireHttpUrl(message);
        if (message.Reference is { Length: > 200 })
            throw new ArgumentException("A webhook reference is at most 200 characters.", nameof(message));
        message.Owner?.Validate();
        var policy = retryPolicies.For(message);
        if (policy.FindProblem("The webhook's retry policy") is { } problem) throw new ArgumentException(problem, nameof(message));
        var delivery = new WebhookDelivery
        {
            Id = Guid.CreateVersion7(),
            TenantId = currentTenant.Id,
            Url = message.Url,
            EventType = message.EventType,
            Body = message.Body,
            ProtectedSecret = message.Secret is null ? null : protector.Protect(message.Secret),
            HeadersJson = JsonSerializer.Serialize(message.Headers ?? new Dictionary<string, string>()),
            SignatureHeader = message.SignatureHeader,
            Reference = message.Reference,
            OwnerProduct = message.Owner?.Product,
            OwnerKind = message.Owner?.Kind,
            OwnerId = message.Owner?.Id,
            State = WebhookDeliveryState.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        delivery.SetRetryPolicy(policy);
        if (message.Reference is { } reference && await FindByReferenceAsync(reference, cancellationToken) is { } earlier)
            return earlier;
        db.WebhookDeliveries.Add(delivery);
        var job = db.StageJob(new WebhookDeliveryArgs(delivery.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (message.Reference is not null)
        {
            // A concurrent enqueue of the same reference won the unique index: that delivery (and its job) is the one.
            db.Entry(delivery).State = EntityState.Detached;
            db.ChangeTracker.Entries<JobOutboxMessage>().Single(e => e.Entity.Id == job).State = EntityState.Detached;
            return await FindByReferenceAsync(message.Reference, cancellationToken) ?? throw new InvalidOperationException(
                $"Webhook delivery '{message.Reference}' could not be recorded.");
        }
        Failpoint.Hit(Failpoint.WebhookDeliverySaved);
        return delivery.Id;
    }

    private async Task<Guid?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries.AsNoTracking().Where(d => d.Reference == reference)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<WebhookDeliveryStatus?> GetStatusAsync(Guid deliveryId, CancellationToken cancellationToken = default)
    {
        var d = await db.WebhookDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == deliveryId && d.TenantId == currentTenant.Id, cancellationToken);
        return d is null ? null : new WebhookDeliveryStatus(d.Id, d.State, d.Attempts, d.LastStatusCode, d.LastError,
            WebhookDeliveryJob.Utc(d.DeliveredAt), WebhookDeliveryJob.Utc(d.LastAttemptAt), d.MaxAttempts, d.Owner);
    }

    public async Task<WebhookAttemptResult> SendNowAsync(WebhookMessage message, CancellationToken cancellationToken = default)
    {
        RequireHttpUrl(message);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = WebhookRequest.Build(message.Url, message.Body, message.Headers, message.SignatureHeader, message.Secret);
            using var response = await httpClients.CreateClient(WebhookDeliveryJob.HttpClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookAttemptResult(response.IsSuccessStatusCode, status,
                response.IsSuccessStatusCode ? null : $"Receiver answered {status}.", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = WebhookRequest.IsPrivateTargetRefusal(e) ? new PrivateTargetException(new Uri(message.Url).Host).Message : e.Message;
            return new WebhookAttemptResult(false, null, error, Stopwatch.GetElapsedTime(started));
        }
    }

    private static void RequireHttpUrl(WebhookMessage message)
    {
        if (!Uri.TryCreate(message.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{message.Url}' is not an absolute http(s) URL.", nameof(message));
    }
}

public sealed record WebhookDeliveryArgs(Guid DeliveryId);
