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
    public WebhookDeliveryState State { get; set; }
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
}
