using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// On every kernel-registered context: stamps staged jobs with the commit time, and pulses
/// <see cref="JobOutboxSignal"/> once they are committed — after <c>SaveChanges</c>, or, inside an explicit
/// transaction, after its commit (a rollback drops them with everything else).
/// </summary>
public sealed class JobOutboxInterceptor(JobOutboxSignal signal, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _staged;
    private bool _awaitingCommit;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _staged = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _staged = false;
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _awaitingCommit = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = false;
        return Task.CompletedTask;
    }

    private void Stamp(DbContext? context)
    {
        _staged = false;
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<JobOutboxMessage>())
        {
            if (entry.State != EntityState.Added) continue;
            entry.Entity.CreatedAt = now;
            _staged = true;
        }
    }

    private void Saved(DbContext? context)
    {
        if (!_staged) return;
        _staged = false;
        if (context?.Database.CurrentTransaction is not null) _awaitingCommit = true;
        else signal.Pulse();
    }

    private void Committed()
    {
        if (!_awaitingCommit) return;
        _awaitingCommit = false;
        signal.Pulse();
    }
}
