using System.Text.Json;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Stages a job in the unit of work (ADR 20): the caller's <c>SaveChangesAsync</c> commits it with the
/// module's own rows, so a job exists exactly when its row does (a rollback leaves neither). After the
/// commit the kernel's outbox dispatcher records and queues it.
/// <code>var jobId = db.StageJob(new FortuneBatchArgs(batch.Id)); await db.SaveChangesAsync(ct);</code>
/// </summary>
public static class JobOutbox
{
    /// <summary>How job arguments are stored, in the outbox and in the job record alike.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <returns>The job's id (also what <see cref="IBackgroundJobManager.CancelAsync"/> takes).</returns>
    public static Guid StageJob<TArgs>(this IJobOutboxDbContext db, TArgs args, TimeSpan? delay = null)
        where TArgs : notnull
    {
        var message = new JobOutboxMessage
        {
            Id = Guid.CreateVersion7(),
            TenantId = (db as Data.IMultiTenantDbContext)?.CurrentTenantId,
            ArgsType = typeof(TArgs).FullName!,
            ArgsJson = JsonSerializer.Serialize(args, SerializerOptions),
            DelayMs = (long)Math.Max(0, (delay ?? TimeSpan.Zero).TotalMilliseconds),
        };
        db.JobOutbox.Add(message);
        return message.Id;
    }
}
