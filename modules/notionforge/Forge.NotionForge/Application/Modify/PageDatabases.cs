using System.Text.Json;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Modify;

/// <summary>A database found on the page: its data source and schema (property name → type).</summary>
internal sealed record PageDatabase(string Id, string Title, string DataSourceId, IReadOnlyDictionary<string, string> Schema);

/// <summary>The databases a page holds (its direct children; or the id is a database itself) and which one a prompt means.</summary>
internal static class PageDatabases
{
    public static async Task<PageDatabase> ChooseAsync(NotionClient notion, string token, string pageId, ModifyIntent intent, CancellationToken ct)
    {
        var ids = await DatabaseIdsAsync(notion, token, pageId, ct);
        if (ids.Count == 0) throw NotionForgeErrors.InvalidInput("page_id", "The page holds no database to modify (only its own inline databases are changed).");
        var databases = new List<PageDatabase>();
        foreach (var id in ids) databases.Add(await ReadAsync(notion, token, id, ct));

        if (intent.Database is { } wanted)
        {
            var named = databases.Where(d => Matches(d.Title, wanted)).ToList();
            return named.Count == 1 ? named[0] : throw NotionForgeErrors.InvalidInput(ModifyPromptParser.Field,
                $"{(named.Count == 0 ? "No" : "More than one")} database on the page is called '{wanted}' (there are: {Titles(databases)}).");
        }

        if (databases.Count == 1) return databases[0];
        // Several: the one that has every property the prompt renames or removes, if exactly one does.
        var needed = intent.Commands.Select(c => c switch { RenameProperty r => r.From, RemoveProperty r => r.Name, _ => null }).OfType<string>().ToList();
        var fitting = needed.Count == 0 ? [] : databases.Where(d => needed.All(n => d.Schema.Keys.Contains(n, StringComparer.OrdinalIgnoreCase))).ToList();
        return fitting.Count == 1 ? fitting[0] : throw NotionForgeErrors.InvalidInput(ModifyPromptParser.Field,
            $"The page holds {databases.Count} databases ({Titles(databases)}); name one, e.g. \"in the '{databases[0].Title}' database\" or \"'{databases[0].Title}' DB에\".");
    }

    private static async Task<List<string>> DatabaseIdsAsync(NotionClient notion, string token, string pageId, CancellationToken ct)
    {
        try
        {
            await notion.RetrievePageAsync(token, pageId, ct);
        }
        catch (NotionApiException e) when (e.Code == NotionErrorCodes.NotFound)
        {
            // The id may be a database's (a full-page database): modify that one.
            await notion.RetrieveDatabaseAsync(token, pageId, ct);
            return [pageId];
        }

        var children = await notion.ListAllBlockChildrenAsync(token, pageId, ct);
        return children.Where(c => c.Object == "database" || c.Json.TryGetProperty("type", out var t) && t.GetString() == "child_database")
            .Select(c => c.Id).ToList();
    }

    private static async Task<PageDatabase> ReadAsync(NotionClient notion, string token, string databaseId, CancellationToken ct)
    {
        var database = await notion.RetrieveDatabaseAsync(token, databaseId, ct);
        var sourceId = database.Json.GetProperty("data_sources").EnumerateArray().First().GetProperty("id").GetString()!;
        var source = await notion.RetrieveDataSourceAsync(token, sourceId, ct);
        var schema = source.Json.GetProperty("properties").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("type").GetString()!, StringComparer.Ordinal);
        return new PageDatabase(database.Id, PlainTitle(database.Json), sourceId, schema);
    }

    private static string PlainTitle(JsonElement json) =>
        json.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Array
            ? string.Concat(title.EnumerateArray().Select(t => t.TryGetProperty("plain_text", out var p) ? p.GetString()
                : t.TryGetProperty("text", out var x) && x.TryGetProperty("content", out var c) ? c.GetString() : ""))
            : "";

    /// <summary>"Tasks" names "✅ Tasks" and "tasks": case-insensitive, an emoji or words around it allowed.</summary>
    private static bool Matches(string title, string wanted) =>
        title.Equals(wanted, StringComparison.OrdinalIgnoreCase) || title.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    private static string Titles(IEnumerable<PageDatabase> databases) => string.Join(", ", databases.Select(d => $"'{d.Title}'"));
}
