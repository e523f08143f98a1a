namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// What one step created: an object's id (and a database's data source, a page's URL), or an append's block ids;
/// for a schema write or read, the property ids in <see cref="DataSourceId"/>'s place (the step's extra).
/// </summary>
internal sealed record StepOutcome(string? Id, string? DataSourceId, IReadOnlyList<string> BlockIds, string? Url, int Blocks)
{
    public static StepOutcome Object(string id, string? url, string? dataSourceId = null) => new(id, dataSourceId, [], url, 0);
    public static StepOutcome Append(IReadOnlyList<string> ids, int blocks) => new(null, null, ids, null, blocks);
    /// <summary>A schema write or read: the data source's property ids by name, kept as the step's extra (JSON).</summary>
    public static StepOutcome Properties(IReadOnlyDictionary<string, string> ids) => new(null, PropertyIds.Serialize(ids), [], null, 0);
    public static readonly StepOutcome None = new(null, null, [], null, 0);
}

/// <summary>One step as the executor announces it: its deterministic key, what it makes, and a message for progress events.</summary>
internal sealed record StepInfo(string Key, string Kind, string Step, string? Title, string Message);
