namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Enqueues durable work (ABP's IBackgroundJobManager). The job is recorded in the database
/// before it is handed to the job server, runs as the tenant that enqueued it, and is taken over by
/// another host when the one running it dies (heartbeat lease, ADR 21); handlers must therefore be
/// idempotent. To enqueue in the same transaction as a module's own rows, stage it instead
/// (<see cref="JobOutbox.StageJob{TArgs}"/>, ADR 20).
/// </summary>
public interface IBackgroundJobManager
{
    Task<Guid> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where TArgs : notnull;

    /// <summary>
    /// Cancels a job of the current tenant: a waiting job never starts; a running one has its handler's
    /// <see cref="CancellationToken"/> tripped on whichever host runs it, within about a second.
    /// </summary>
    /// <returns>False when there is no such unfinished job.</returns>
    Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default);
}
