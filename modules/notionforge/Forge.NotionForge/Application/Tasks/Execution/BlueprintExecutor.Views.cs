using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// A database's views (ADR 58): Notion gives a database created through the API one table view, which stands for the
/// blueprint's first untitled, unsorted table view; every other view is one <c>POST /v1/views</c> step
/// (<c>view:{db}:{v}</c>). A board names its group-by property and a calendar or timeline its date property by id:
/// the ids come from the schema update's answer, or — for a database without one — from one read (<c>props:{db}</c>).
/// </summary>
internal sealed partial class BlueprintExecutor
{
    private readonly Dictionary<int, IReadOnlyDictionary<string, string>> _propertyIds = [];

    /// <summary>The views to create, with their index in the blueprint (the key), the default view's stand-in left out.</summary>
    public static IReadOnlyList<(int Index, ViewDto View)> ViewsToCreate(DatabaseDto db)
    {
        var covered = db.Views.ToList().FindIndex(IsDefaultLike);
        return [.. db.Views.Select((v, i) => (i, v)).Where(x => x.i != covered)];
    }

    public static string NameOf(ViewDto view) => view.Title is { } title && !string.IsNullOrWhiteSpace(title) ? title.Trim() : view.Type switch
    {
        "" => "View",
        var t => char.ToUpperInvariant(t[0]) + t[1..],
    };

    private static bool IsDefaultLike(ViewDto v) => v.Type == "table" && string.IsNullOrWhiteSpace(v.Title) && v.Sorts is not { Count: > 0 };

    private async Task CreateViewsAsync(int index, DatabaseDto db, CancellationToken ct)
    {
        var views = ViewsToCreate(db);
        if (views.Count == 0) return;
        var (databaseId, source) = _databases[index];
        if (views.Any(v => NotionViewLayouts.NeedsProperty(v.View.Type)) && !db.Properties.Any(NotionProperties.IsLate))
        {
            // No schema update answered the ids: read them once (a read, resent as is on resume).
            var read = await journal.RunAsync(new StepInfo($"props:{index}", "read", "read_schema", null, $"Reading '{db.Title}'"),
                async () => StepOutcome.Properties(PropertyIds.From(await notion.RetrieveDataSourceAsync(token, source, ct))),
                () => Task.FromResult<StepOutcome?>(null), ct);
            if (PropertyIds.Parse(read.DataSourceId) is { } ids) _propertyIds[index] = ids;
        }

        foreach (var (v, view) in views)
        {
            var name = NameOf(view);
            await journal.RunAsync(new StepInfo($"view:{index}:{v}", "view", "create_view", name, $"Adding view '{name}' to '{db.Title}'"),
                async () =>
                {
                    var ids = _propertyIds.GetValueOrDefault(index) ?? PropertyIds.From(await notion.RetrieveDataSourceAsync(token, source, ct));
                    var created = await notion.CreateViewAsync(token, databaseId, source, name, view.Type, Configuration(view, db, ids), Sorts(view), ct: ct);
                    return StepOutcome.Object(created.Id, created.Url);
                },
                () => FindViewAsync(databaseId, name, view.Type, ct), ct);
        }
    }

    /// <summary>Notion's layout object for the view's type; null where the type needs none.</summary>
    private static JsonObject? Configuration(ViewDto view, DatabaseDto db, IReadOnlyDictionary<string, string> ids)
    {
        if (!NotionViewLayouts.NeedsProperty(view.Type)) return null;
        var property = view.Type == "board" ? view.GroupBy : view.DateProperty;
        var id = property is not null && ids.TryGetValue(property, out var found) ? found
            : throw new NotionApiException(NotionErrorCodes.InternalError, $"Property '{property}' has no id in the data source.");
        return NotionViewLayouts.Configuration(view.Type, id, db.Properties.First(p => p.Name == property).Type);
    }

    /// <summary>Sorts in the data source query's shape (property by name).</summary>
    private static JsonArray? Sorts(ViewDto view) => view.Sorts is not { Count: > 0 } sorts ? null
        : new JsonArray([.. sorts.Select(s => (JsonNode)new JsonObject { ["property"] = s.Property, ["direction"] = s.Direction })]);

    /// <summary>The newest view of the database with this name and type that no finished step recorded.</summary>
    private async Task<StepOutcome?> FindViewAsync(string databaseId, string name, string type, CancellationToken ct)
    {
        var views = await notion.ListAllViewsAsync(token, databaseId, ct: ct);
        var match = views.LastOrDefault(v => !journal.IsKnown(v.Id)
            && v.Json.TryGetProperty("name", out var n) && n.GetString() == name
            && v.Json.TryGetProperty("type", out var t) && t.GetString() == type);
        return match is null ? null : StepOutcome.Object(match.Id, match.Url);
    }
}
