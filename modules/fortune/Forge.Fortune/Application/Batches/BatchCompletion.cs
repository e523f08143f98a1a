using System.Text.Json;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Application.Webhooks;
using Forge.Fortune.Domain.Batches;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// Ends a batch once no item is pending: <c>completed</c> (at least one success) or <c>failed</c> (every item
/// failed), <c>completed_at</c>, and the <c>batch.completed</c> event in the same <c>SaveChanges</c>. The status
/// is a concurrency token, so of two concurrent finishers one saves and the other reloads: one event per batch.
/// Then the <c>webhook_url</c> notification is handed to the kernel sender once (ADR 14).
/// </summary>
internal sealed class BatchCompletion(FortuneDbContext db, IWebhookSender sender, IPiiProtector protector, TimeProvider clock)
{
    public const string WebhookReferencePrefix = "fortune-batch:";

    /// <returns>False when items are still pending (the job was interrupted; its re-run finishes).</returns>
    public async Task<bool> CompleteAsync(string batchId, CancellationToken ct)
    {
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null) return true;
        if (!batch.IsFinished)
        {
            if (await db.BatchItems.AnyAsync(i => i.BatchId == batchId && i.Status == BatchItemStatus.Pending, ct)) return false;
            batch = await FinishAsync(batch, ct);
        }
        await NotifyAsync(batch, ct);
        return true;
    }

    private async Task<FortuneBatch> FinishAsync(FortuneBatch batch, CancellationToken ct)
    {
        var now = WireTime.Now(clock);
        batch.Status = batch.FailedCount >= batch.TotalCount ? BatchStatus.Failed : BatchStatus.Completed;
        batch.CompletedAt = now;
        var evt = FortuneEvents.Add(db, FortuneEventTypes.BatchCompleted, null, BatchMapper.Completed(batch), now);
        batch.CompletedEventId = evt.Id;
        try
        {
            await db.SaveChangesAsync(ct);
            return batch;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run finished it first (and raised the event): take its state.
            db.ChangeTracker.Clear();
            return await db.Batches.FirstAsync(b => b.Id == batch.Id, ct);
        }
    }

    /// <summary>
    /// Enqueued, then marked. A crash between the two enqueues again on the re-run, but the kernel keeps one
    /// delivery per reference (<c>fortune-batch:&lt;id&gt;</c>), so the receiver is notified once.
    /// </summary>
    private async Task NotifyAsync(FortuneBatch batch, CancellationToken ct)
    {
        if (batch.WebhookUrl is null || batch.WebhookDeliveryId is not null || batch.CompletedEventId is null) return;
        var body = JsonSerializer.Serialize(BatchMapper.Completed(batch), FortuneEventEnvelope.JsonOptions);
        var secret = batch.WebhookSecretEncrypted is null ? null : protector.Unprotect(batch.WebhookSecretEncrypted);
        var message = WebhookEventHeaders.Message(batch.WebhookUrl, FortuneEventTypes.BatchCompleted, body, secret,
            new DateTimeOffset(DateTime.SpecifyKind(batch.CompletedAt!.Value, DateTimeKind.Utc)), batch.CompletedEventId,
            WebhookMessages.BatchOwner(batch.Id), WebhookReferencePrefix + batch.Id);
        var deliveryId = await sender.EnqueueAsync(message, CancellationToken.None);
        await db.Batches.Where(b => b.Id == batch.Id && b.WebhookDeliveryId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.WebhookDeliveryId, deliveryId), CancellationToken.None);
    }
}
