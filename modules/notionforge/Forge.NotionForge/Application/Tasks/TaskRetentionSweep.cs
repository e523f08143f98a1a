using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.EntityFrameworkCore.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// Finished tasks are kept <see cref="TaskOptions.Retention"/> (7 days; ADR 42), then deleted with their steps and
/// events; the tenant-less generation log is trimmed the same way. Runs as the host across tenants; idempotent.
/// Whether anything is past the cutoff is asked over a plain connection first, so that a sweep with nothing to delete
/// builds no EF model (ADR 77).
/// </summary>
internal sealed class TaskRetentionSweep(Lazy<NotionForgeDbContext> context, IEnumerable<ContextDatabase> databases, IOptions<TaskOptions> options, TimeProvider clock)
    : IRecurringJob
{
    /// <summary>Resolved on first use: a call with nothing to do builds no context (ADR 79).</summary>
    private NotionForgeDbContext Db => context.Value;

    public const string Name = "notionforge.task-retention";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        var database = databases.Of<NotionForgeDbContext>();
        KeyValuePair<string, object>[] before = [new("cutoff", cutoff)];
        if (!await database.AnyRowAsync(GenerationTaskConfiguration.Table, $"\"{nameof(GenerationTask.CompletedAt)}\" < @cutoff", before, cancellationToken)
            && !await database.AnyRowAsync(GenerationLogEntryConfiguration.Table, $"\"{nameof(GenerationLogEntry.FinishedAt)}\" < @cutoff", before, cancellationToken))
            return;
        string[] finished = [GenerationTaskStatus.Completed, GenerationTaskStatus.Failed, GenerationTaskStatus.Cancelled];
        var expired = Db.Set<GenerationTask>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(t => finished.Contains(t.Status) && t.CompletedAt < cutoff).Select(t => t.Id);
        await Db.Set<GenerationTaskEvent>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(e => expired.Contains(e.TaskRowId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<GenerationStep>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(s => expired.Contains(s.TaskRowId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<GenerationTask>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName])
            .Where(t => finished.Contains(t.Status) && t.CompletedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<GenerationLogEntry>().Where(e => e.FinishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
