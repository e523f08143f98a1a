using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.Data;

/// <summary>
/// An interceptor that announces what a <c>SaveChanges</c> staged once it is committed: at once after the save, or
/// after the commit of the explicit transaction around it (nothing on a rollback or a failed save). A subclass says
/// only whether a save stages something (<see cref="Stages"/>); the per-context state lives in
/// <see cref="PulseAfterCommit"/>, so one instance can serve every pooled context (ADR 35). Used by the job outbox
/// (wakes the dispatcher) and by modules' event feeds (wake their streams).
/// </summary>
public abstract class CommitPulseInterceptor(Action pulse) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly PulseAfterCommit _pulse = new(pulse);

    /// <summary>Called before a save: whether it carries something to announce (and the place to stamp it).</summary>
    protected abstract bool Stages(DbContext context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _pulse.Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        _pulse.Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pulse.Failed(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Failed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => _pulse.Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pulse.RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is not null) _pulse.Saving(context, Stages(context));
    }
}
