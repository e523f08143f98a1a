using Forge.Hosting.Security;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Notion;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>
/// <c>POST /api/tasks/{id}/rollback</c> (ADR 51): moves a finished task's root page — and so everything it made under
/// it — to Notion's trash with <c>in_trash</c>, using the task's own credential. Idempotent; the task keeps its record.
/// </summary>
internal sealed class TaskRollback(NotionForgeDbContext db, NotionClient notion, IPiiProtector protector, NotionCredentials credentials,
    TaskViews views, TimeProvider clock)
{
    public async Task<GenerationTaskView> RollbackAsync(string taskId, CancellationToken ct)
    {
        var task = await views.FindAsync(taskId, ct);
        if (!GenerationTaskStatus.IsTerminal(task.Status))
            throw NotionForgeErrors.InvalidInput("task_id", "Only a finished task can be rolled back; cancel it first.");
        if (task.RootPageId is { } root && task.RolledBackAt is null)
        {
            var token = task.UsesConnection
                ? await credentials.ConnectionTokenAsync(ct) // removed since: NOT_FOUND connection (ADR 62)
                : protector.Unprotect(task.ProtectedNotionToken!);
            try
            {
                await notion.UpdatePageAsync(token, root, inTrash: true, ct: ct);
            }
            catch (NotionApiException e)
            {
                throw NotionFailures.ToProductError(e);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<GenerationTask>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.RolledBackAt, now), ct);
        }
        return await views.ViewAsync(await views.FindAsync(taskId, ct), ct);
    }
}
