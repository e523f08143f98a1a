using Forge.Fortune.Domain.Batches;
using Forge.Fortune.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Batches;

/// <summary>What became of one item: its fortune, or the error that refused it.</summary>
internal sealed record BatchItemOutcome(string? FortuneId, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => FortuneId is not null;

    public static BatchItemOutcome Success(string fortuneId) => new(fortuneId, null, null);

    public static BatchItemOutcome Failure(string code, string message) => new(null, code, message.Length > 512 ? message[..512] : message);
}

/// <summary>
/// Saves an item's outcome the moment it is known, and raises the batch's count in the same transaction.
/// The item is only written while still <c>pending</c> and the count only when that write changed a row,
/// so a repeat (a re-run after a crash, a second job for the same batch) changes nothing: counts only go
/// up, and each item is counted once. Both statements are single SQL updates (<c>count = count + 1</c>),
/// never read-then-write.
/// </summary>
internal sealed class BatchItemRecorder(FortuneDbContext db, TimeProvider clock)
{
    /// <returns>True when this call recorded the outcome; false when the item had already finished.</returns>
    public async Task<bool> RecordAsync(string batchId, int position, BatchItemOutcome outcome, CancellationToken ct)
    {
        var status = outcome.Succeeded ? BatchItemStatus.Success : BatchItemStatus.Failed;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.BatchItems
            .Where(i => i.BatchId == batchId && i.Position == position && i.Status == BatchItemStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, status)
                .SetProperty(i => i.FortuneId, outcome.FortuneId)
                .SetProperty(i => i.ErrorCode, outcome.ErrorCode)
                .SetProperty(i => i.ErrorMessage, outcome.ErrorMessage)
                .SetProperty(i => i.FinishedAt, now), ct);
        if (changed == 0) return false;

        var batch = db.Batches.Where(b => b.Id == batchId);
        if (outcome.Succeeded)
            await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.CompletedCount, b => b.CompletedCount + 1), ct);
        else
            await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.FailedCount, b => b.FailedCount + 1), ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
