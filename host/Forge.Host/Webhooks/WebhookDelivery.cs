using Forge.Hosting.Webhooks;

namespace Forge.Host.Webhooks;

/// <summary>A webhook delivery and its outcome. The secret is stored encrypted.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Url { get; set; } = "";
    public string EventType { get; set; } = "";
    public string Body { get; set; } = "";
    public string? ProtectedSecret { get; set; }
    public string HeadersJson { get; set; } = "{}";
    public string SignatureHeader { get; set; } = "";

    /// <summary>The enqueuing module's handle, handed back to observers (<see cref="WebhookMessage.Reference"/>).</summary>
    public string? Reference { get; set; }

    /// <summary>The typed owner (<see cref="WebhookOwner"/>), all three set or none.</summary>
    public string? OwnerProduct { get; set; }
    public string? OwnerKind { get; set; }
    public string? OwnerId { get; set; }

    /// <summary>The retry policy, fixed at enqueue (<see cref="WebhookRetryPolicy"/>).</summary>
    public int MaxAttempts { get; set; }
    public long RetryIntervalMs { get; set; }
    public double RetryBackoffMultiplier { get; set; } = 1;
    public long? MaxRetryIntervalMs { get; set; }

    public WebhookDeliveryState State { get; set; }
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }

    public WebhookOwner? Owner => OwnerProduct is { } product && OwnerKind is { } kind && OwnerId is { } id ? new(product, kind, id) : null;

    public WebhookRetryPolicy RetryPolicy => new(MaxAttempts, TimeSpan.FromMilliseconds(RetryIntervalMs), RetryBackoffMultiplier,
        MaxRetryIntervalMs is { } max ? TimeSpan.FromMilliseconds(max) : null);

    public void SetRetryPolicy(WebhookRetryPolicy policy)
    {
        MaxAttempts = policy.MaxAttempts;
        RetryIntervalMs = (long)policy.Interval.TotalMilliseconds;
        RetryBackoffMultiplier = policy.BackoffMultiplier;
        MaxRetryIntervalMs = policy.MaxInterval is { } max ? (long)max.TotalMilliseconds : null;
    }
}
