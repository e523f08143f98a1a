using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.Generation;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>The tasks area's rows (ADR 51).</summary>
internal static class TaskOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        NotionForgeApiDocument.Op("POST", "/api/tasks/submit", "submitTask", "Tasks").Body<SubmitTaskRequest>().Errors(400, 404, 422).Returns<GenerationTaskView>(),
        NotionForgeApiDocument.Op("GET", "/api/tasks/{task_id}", "getTask", "Tasks").Errors(404).Returns<GenerationTaskView>(),
        NotionForgeApiDocument.Op("DELETE", "/api/tasks/{task_id}", "cancelTask", "Tasks").Errors(404).Returns<GenerationTaskView>(),
        NotionForgeApiDocument.Op("POST", "/api/tasks/{task_id}/rollback", "rollbackTask", "Tasks").Errors(400, 404).Returns<GenerationTaskView>(),
    ];
}
