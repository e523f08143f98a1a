namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Enqueues durable work (ABP's IBackgroundJobManager). The job is recorded in the database
/// before it is handed to the job server, runs as the tenant that enqueued it, and is re-enqueued
/// after a crash; handlers must therefore be idempotent.
/// </summary>
public interface IBackgroundJobManager
{
    Task<Guid> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where TArgs : notnull;
}
