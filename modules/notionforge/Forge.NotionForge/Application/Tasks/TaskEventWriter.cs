using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>An event before it is stored: the members of <see cref="GenerationEvent"/> the type uses.</summary>
internal sealed record TaskEventData(
    string Type, string? Step = null, string? Message = null, int? Current = null, int? Total = null,
    string? NotionUrl = null, string? PageId = null, GenerationSummary? Summary = null, string? Code = null);

/// <summary>Adds a task's events to the unit of work (the caller saves them with the change they describe), and reads them back.</summary>
internal sealed class TaskEventWriter(NotionForgeDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public void Add(GenerationTask task, TaskEventData data) => db.Add(new GenerationTaskEvent
    {
        TaskRowId = task.Id,
        Type = data.Type,
        Step = data.Step,
        Message = data.Message is { Length: > 2000 } m ? m[..2000] : data.Message,
        DataJson = JsonSerializer.Serialize(new EventExtras(data.Current, data.Total, data.NotionUrl, data.PageId, data.Summary, data.Code), Json),
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    });

    public static GenerationEvent ToEvent(GenerationTaskEvent row)
    {
        var x = row.DataJson is null ? null : JsonSerializer.Deserialize<EventExtras>(row.DataJson, Json);
        return new GenerationEvent(row.Id, row.Type, row.Step, x?.Current, x?.Total, row.Message, x?.NotionUrl, x?.PageId, x?.Summary, x?.Code);
    }

    private sealed record EventExtras(int? Current, int? Total, string? NotionUrl, string? PageId, GenerationSummary? Summary, string? Code);
}
