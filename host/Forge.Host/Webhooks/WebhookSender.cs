using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Webhooks;

/// <summary>Records a delivery (secret encrypted) and queues its first attempt.</summary>
public sealed class WebhookSender(
    PlatformDbContext db,
    IBackgroundJobManager jobs,
    IPiiProtector protector,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IWebhookSender
{
    public async Task<Guid> EnqueueAsync(WebhookMessage message, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(message.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{message.Url}' is not an absolute http(s) URL.", nameof(message));
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
            State = WebhookDeliveryState.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new WebhookDeliveryArgs(delivery.Id), cancellationToken: cancellationToken);
        return delivery.Id;
    }

    public async Task<WebhookDeliveryStatus?> GetStatusAsync(Guid deliveryId, CancellationToken cancellationToken = default) =>
        await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Id == deliveryId && d.TenantId == currentTenant.Id)
            .Select(d => new WebhookDeliveryStatus(d.Id, d.State, d.Attempts, d.LastStatusCode, d.LastError,
                d.DeliveredAt == null ? null : new DateTimeOffset(d.DeliveredAt.Value, TimeSpan.Zero)))
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record WebhookDeliveryArgs(Guid DeliveryId);
