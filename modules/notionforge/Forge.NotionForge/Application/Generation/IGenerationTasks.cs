using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Generation;

/// <summary>
/// The one way anything creates a template in Notion (ADR 42 "Generation is always a task"; ADR 50): generate,
/// generate/stream, tasks/submit, recipes/{id}/generate, the WebSocket's approved blueprint and document-to-notion all
/// submit a durable task here and differ only in how they wait. Implemented by the tasks area (ADR 51); every method
/// acts for the current tenant, and another tenant's task id is <c>NOT_FOUND</c>.
/// </summary>
public interface IGenerationTasks
{
    /// <summary>Stages the task (pending) and its job in one save; the 11th running task of a tenant is <c>RATE_LIMITED</c>.</summary>
    Task<GenerationTaskView> SubmitAsync(GenerationSubmission submission, CancellationToken ct);

    Task<GenerationTaskView> GetAsync(string taskId, CancellationToken ct);

    /// <summary>Cancels (the running step stops within 2 s, on whichever host runs it) and answers the task as it then is.</summary>
    Task<GenerationTaskView> CancelAsync(string taskId, CancellationToken ct);

    /// <summary>
    /// The task's events after <paramref name="afterEventId"/> (0 for all), then new ones as they happen, ending after the
    /// terminal event (<c>complete</c>, <c>error</c> or <c>cancelled</c>). Safe to call on any host.
    /// </summary>
    IAsyncEnumerable<GenerationEvent> FollowAsync(string taskId, long afterEventId, CancellationToken ct);
}

/// <summary>What to generate, and where. Exactly one of <see cref="Prompt"/> (planned inside the task) and <see cref="Blueprint"/> (already planned or approved).</summary>
/// <param name="Source">Which entry point submitted it: <c>generate</c>, <c>stream</c>, <c>submit</c>, <c>recipe</c>, <c>chat</c>, <c>document</c>.</param>
/// <param name="NotionToken">The token the task acts with; see <c>NotionCredentials</c>.</param>
/// <param name="UsesConnection">True when the token is the tenant's connection (a resumed task re-reads it rather than storing a copy).</param>
/// <param name="ParentPageId">The hyphenated Notion id of the page the template goes under.</param>
/// <param name="PlannerTokens">AI provider tokens already spent planning <see cref="Blueprint"/> (ADR 59; the metrics' <c>tokens</c>).</param>
public sealed record GenerationSubmission(
    string Source,
    string NotionToken,
    bool UsesConnection,
    string ParentPageId,
    string? Prompt,
    BlueprintDto? Blueprint,
    PlanOptions Options,
    string? SkillId = null,
    long PlannerTokens = 0);

/// <summary>A task as the seed shows it (<c>GET /api/tasks/{id}</c>); times are Unix seconds.</summary>
public sealed record GenerationTaskView(
    string TaskId,
    string Status,
    IReadOnlyList<GenerationProgressView> Progress,
    double CreatedAt,
    double? CompletedAt,
    GenerationResultView? Result);

public sealed record GenerationProgressView(string Step, string Message, double Timestamp);

/// <summary>The outcome: success with the root page, or the error; <see cref="Created"/> lists what exists in Notion either way.</summary>
public sealed record GenerationResultView(
    bool Success,
    string? NotionUrl,
    string? PageId,
    GenerationSummary? Summary,
    string? ErrorCode,
    string? Error,
    IReadOnlyList<CreatedObject> Created);

/// <summary>The seed's <c>summary</c> of a finished generation.</summary>
public sealed record GenerationSummary(int PagesCreated, int DatabasesCreated, int BlocksCreated, double DurationSeconds);

/// <summary>One object the generation created in Notion (<c>page</c>, <c>database</c>, <c>data_source</c>, <c>row</c>).</summary>
public sealed record CreatedObject(string Kind, string Id, string? Title);

/// <summary>
/// One event of a task, as SSE frames (<c>id:</c> = <see cref="Id"/>), WebSocket frames and the task's progress list carry it.
/// <see cref="Type"/> is <c>progress</c>, <c>complete</c>, <c>error</c> or <c>cancelled</c>; the other members are those the type uses.
/// </summary>
public sealed record GenerationEvent(
    long Id,
    string Type,
    string? Step = null,
    int? Current = null,
    int? Total = null,
    string? Message = null,
    string? NotionUrl = null,
    string? PageId = null,
    GenerationSummary? Summary = null,
    string? Code = null)
{
    public bool IsTerminal => Type is "complete" or "error" or "cancelled";
}
