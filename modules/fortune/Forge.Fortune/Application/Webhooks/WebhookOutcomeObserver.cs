using Forge.Fortune.Domain.Webhooks;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// Keeps <c>failure_count</c> from the kernel sender's outcomes: a delivered event resets it, a delivery
/// that failed after its last retry adds one, and the tenth failure in a row deactivates the hook. Both
/// are single conditional updates, so concurrent outcomes cannot lose a count. Runs as the delivery's
/// tenant, so another tenant's hook cannot be touched.
/// </summary>
internal sealed class WebhookOutcomeObserver(FortuneDbContext db) : IWebhookDeliveryObserver
{
    public async Task OnDeliveryFinishedAsync(WebhookDeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Owner is not { } owner || !owner.Is(WebhookMessages.Product, WebhookMessages.HookKind)) return;
        var hook = db.Webhooks.Where(w => w.Id == owner.Id);
        if (outcome.Succeeded)
        {
            await hook.ExecuteUpdateAsync(s => s.SetProperty(w => w.FailureCount, 0), cancellationToken);
            return;
        }
        await hook.ExecuteUpdateAsync(s => s
            .SetProperty(w => w.Active, w => w.FailureCount + 1 >= Webhook.FailuresBeforeDeactivation ? false : w.Active)
            .SetProperty(w => w.FailureCount, w => w.FailureCount + 1), cancellationToken);
    }
}
