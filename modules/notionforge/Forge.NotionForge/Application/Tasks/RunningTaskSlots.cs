using Forge.Hosting.BackgroundJobs;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// The running-task limit as a lock (ADR 59): a new task is inserted holding one of its tenant's
/// <see cref="TaskOptions.MaxRunningPerTenant"/> slots, and the unique <c>(tenant, slot)</c> index lets exactly one of
/// two concurrent submits — on any host, SQLite or PostgreSQL — hold a slot; the loser reads the slots again and takes
/// another free one or is <c>RATE_LIMITED</c>. <see cref="TaskFinisher"/> frees the slot in the update that ends the task.
/// The kernel's <c>QuotaGate</c> does not fit: it counts calls in time windows and never gives a count back.
/// </summary>
internal sealed class RunningTaskSlots(NotionForgeDbContext db, IOptions<TaskOptions> options)
{
    /// <summary>What a refused submit is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Saves <paramref name="task"/> (new, pending) with its job, holding a free slot; <c>RATE_LIMITED</c> when none is.</summary>
    public async Task SaveAsync(GenerationTask task, CancellationToken ct)
    {
        var max = options.Value.MaxRunningPerTenant;
        while (true)
        {
            var held = await db.Set<GenerationTask>().AsNoTracking().Where(t => t.Slot != null).Select(t => t.Slot!.Value).ToListAsync(ct);
            var free = Enumerable.Range(0, max).Except(held).ToArray();
            if (free.Length == 0)
                throw NotionForgeErrors.RateLimited($"At most {max} generation tasks may run at once; wait for one to finish.", RetryAfterSeconds);

            var slot = free[Random.Shared.Next(free.Length)]; // concurrent submits seldom pick the same slot
            task.Slot = slot;
            db.Add(task);
            task.JobId = db.StageJob(new GenerationTaskArgs(task.Id)); // the job exists exactly when the task does (ADR 20)
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                Forget(task);
                // Lost the slot to a concurrent submit: read again. Anything else is not ours to swallow.
                if (!await db.Set<GenerationTask>().AsNoTracking().AnyAsync(t => t.Slot == slot, ct)) throw;
            }
        }
    }

    /// <summary>Takes the refused insert (the task and its staged job) out of the unit of work, so the next try starts clean.</summary>
    private void Forget(GenerationTask task)
    {
        db.Entry(task).State = EntityState.Detached;
        foreach (var job in db.ChangeTracker.Entries<JobOutboxMessage>().Where(e => e.Entity.Id == task.JobId).ToList())
            job.State = EntityState.Detached;
    }
}
