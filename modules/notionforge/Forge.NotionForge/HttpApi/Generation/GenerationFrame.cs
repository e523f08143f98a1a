using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.NotionForge.Application.Generation;

namespace Forge.NotionForge.HttpApi.Generation;

/// <summary>
/// A task's event as the stream's <c>data:</c> and the socket's frame carry it (seed: <c>progress</c> {step, current, total,
/// message}, <c>complete</c> {notion_url, summary}, <c>error</c> {code, message}), plus <c>task_id</c> so a client can poll
/// or resume. One mapping for SSE and WebSocket (ADR 53).
/// </summary>
public sealed record GenerationFrame(
    string Type,
    string? TaskId = null,
    string? Step = null,
    int? Current = null,
    int? Total = null,
    string? Message = null,
    string? NotionUrl = null,
    string? PageId = null,
    GenerationSummary? Summary = null,
    string? Code = null)
{
    public static GenerationFrame From(GenerationEvent e, string taskId) =>
        new(e.Type, taskId, e.Step, e.Current, e.Total, e.Message, e.NotionUrl, e.PageId, e.Summary, e.Code);

    /// <summary>The task exists and waits for its job: the first frame that names it (a resume point before any event).</summary>
    public static GenerationFrame Queued(string taskId, bool korean) =>
        new("progress", taskId, "queued", 0, Message: korean ? "생성 작업 대기 중..." : "Generation task queued...");

    /// <summary>A step before the task exists (the seed's <c>analyzing</c>, <c>generating</c>).</summary>
    public static GenerationFrame Progress(string step, string message) => new("progress", Step: step, Message: message);
}

/// <summary>The product's snake_case JSON with absent members left out: frames carry only what their type uses.</summary>
internal static class FrameJson
{
    public static readonly JsonSerializerOptions Options = new(NotionForgeProduct.Definition.JsonOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object frame) => JsonSerializer.Serialize(frame, frame.GetType(), Options);
}
