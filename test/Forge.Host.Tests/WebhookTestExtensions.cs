using Forge.Hosting.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Sending webhooks as a tenant through the kernel's <see cref="IWebhookSender"/>, and awaiting their outcome.</summary>
internal static class WebhookTestExtensions
{
    public static Task<Guid> SendWebhookAsync(this TestHost host, Guid tenantId, WebhookMessage message) =>
        host.InTenantAsync(tenantId, sp => sp.GetRequiredService<IWebhookSender>().EnqueueAsync(message));

    public static Task<WebhookDeliveryStatus?> WebhookStatusAsync(this TestHost host, Guid? tenantId, Guid deliveryId) =>
        host.InTenantAsync(tenantId, sp => sp.GetRequiredService<IWebhookSender>().GetStatusAsync(deliveryId));

    /// <summary>Polls until the delivery is no longer pending.</summary>
    public static async Task<WebhookDeliveryStatus> FinishedWebhookAsync(this TestHost host, Guid tenantId, Guid deliveryId)
    {
        var status = await Eventually.GetAsync(() => host.WebhookStatusAsync(tenantId, deliveryId),
            s => s is { State: not WebhookDeliveryState.Pending }, what: $"webhook delivery {deliveryId} to finish");
        return status!;
    }
}
