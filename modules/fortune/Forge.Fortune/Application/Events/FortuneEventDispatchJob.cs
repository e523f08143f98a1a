using Forge.Fortune.Application.Webhooks;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Events;

public sealed record FortuneEventDispatchArgs(string EventId);

/// <summary>
/// Hands one event to the kernel's durable sender, once per active webhook of the tenant that
/// subscribes to its type and existed when it happened; then marks the event dispatched. Runs as the
/// event's tenant. Idempotent on <c>dispatched_at</c>; a crash between enqueueing and marking can repeat
/// deliveries, which receivers de-duplicate by <c>X-Webhook-Id</c> (at-least-once, ADR 12).
/// </summary>
internal sealed class FortuneEventDispatchJob(FortuneDbContext db, IWebhookSender sender, WebhookMessages messages, TimeProvider clock)
    : IBackgroundJob<FortuneEventDispatchArgs>
{
    public async Task ExecuteAsync(FortuneEventDispatchArgs args, CancellationToken cancellationToken)
    {
        // Not found: rolled back inside an outer transaction, or another tenant's id. Nothing to send.
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == args.EventId, cancellationToken);
        if (evt is null || evt.DispatchedAt is not null) return;

        var pattern = "," + evt.Type + ",";
        var hooks = await db.Webhooks
            .Where(w => w.Active && w.EventList.Contains(pattern) && w.CreatedAt <= evt.CreatedAt)
            .ToListAsync(cancellationToken);
        var body = FortuneEventEnvelope.Json(evt);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var hook in hooks)
        {
            await sender.EnqueueAsync(messages.For(hook, evt.Id, evt.Type, evt.CreatedAt, body, WebhookMessages.Reference(hook.Id, evt.Id)), cancellationToken);
            hook.LastTriggeredAt = now;
        }
        evt.DispatchedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }
}
