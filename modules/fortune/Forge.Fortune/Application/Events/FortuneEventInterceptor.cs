using System.Data.Common;
using Forge.Fortune.Domain.Events;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// After a <c>SaveChanges</c> that committed events: one durable dispatch job per event, and a pulse
/// for the SSE feed. Nobody has to remember a second call after saving, so adding an event stays a
/// one-liner. Inside an explicit transaction the events are not committed when <c>SaveChanges</c>
/// returns, so they wait for the commit (and are dropped on rollback): a job started earlier would
/// find nothing, or contend with the open transaction for the database. If the job cannot be enqueued
/// (the change is already committed, so the request must not fail), <see cref="FortuneEventSweeper"/>
/// dispatches the event later.
/// </summary>
internal sealed class FortuneEventInterceptor(IBackgroundJobManager jobs, FortuneEventSignal signal, ILogger<FortuneEventInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private List<FortuneEvent> _staged = [];
    private List<FortuneEvent> _awaitingCommit = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _staged = eventData.Context?.ChangeTracker.Entries<FortuneEvent>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList() ?? [];
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var saved = _staged;
        _staged = [];
        if (saved.Count == 0) return result;
        if (eventData.Context?.Database.CurrentTransaction is not null)
        {
            _awaitingCommit.AddRange(saved);
            return result;
        }
        await DispatchAsync(saved);
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var committed = _awaitingCommit;
        _awaitingCommit = [];
        if (committed.Count > 0) await DispatchAsync(committed);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = [];
        return Task.CompletedTask;
    }

    private async Task DispatchAsync(List<FortuneEvent> saved)
    {
        signal.Pulse();
        foreach (var evt in saved)
        {
            try
            {
                await jobs.EnqueueAsync(new FortuneEventDispatchArgs(evt.Id), cancellationToken: CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not enqueue delivery of event {EventId}; the outbox sweeper will retry", evt.Id);
            }
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _staged = [];
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    // The synchronous path is not used by the module; refuse it rather than silently skip dispatch.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries<FortuneEvent>().Any(e => e.State == EntityState.Added) == true)
            throw new InvalidOperationException("Save Fortune events with SaveChangesAsync.");
        return base.SavingChanges(eventData, result);
    }
}
