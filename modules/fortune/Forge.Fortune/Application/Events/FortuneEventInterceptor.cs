using System.Data.Common;
using Forge.Fortune.Domain.Events;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// After a <c>SaveChanges</c> that committed events, pulses the SSE feed so this host's streams send them
/// at once. Inside an explicit transaction the events are not committed when <c>SaveChanges</c> returns, so
/// the pulse waits for the commit (and is dropped on rollback). Delivery needs nothing here: each event's
/// dispatch job is staged with it in the kernel's job outbox (<see cref="FortuneEvents.Add"/>, ADR 20).
/// One instance serves every (pooled) context: the per-context state is in <see cref="PulseAfterCommit"/> (ADR 35).
/// </summary>
internal sealed class FortuneEventInterceptor(FortuneEventSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly PulseAfterCommit _pulse = new(signal.Pulse);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _pulse.Saving(eventData.Context, HasNewEvents(eventData.Context));
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _pulse.Saving(eventData.Context, HasNewEvents(eventData.Context));
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

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Failed(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pulse.RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool HasNewEvents(DbContext? context) =>
        context?.ChangeTracker.Entries<FortuneEvent>().Any(e => e.State == EntityState.Added) == true;
}
