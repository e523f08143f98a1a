using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Tasks.Execution;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Modify;

/// <summary>
/// <c>POST /api/templates/{page_id}/modify</c> (seed §2, ADR 52): reads the prompt's changes, reads the page's
/// databases from Notion, computes the difference and sends only that — one schema update of the chosen data source,
/// one request per view added, renamed or removed (ADR 58) and one create per added row. Nothing else is touched.
/// </summary>
public sealed class TemplateModifier(NotionCredentials credentials, NotionClient notion)
{
    public const int MaxNameLength = 100;

    public async Task<ModifyResultView> ModifyAsync(string pathPageId, ModifyRequest request, CancellationToken ct)
    {
        var pageId = NotionIds.Normalize(pathPageId, "page_id");
        if (request.PageId is { } bodyId && NotionIds.Normalize(bodyId, "page_id") != pageId)
            throw NotionForgeErrors.InvalidInput("page_id", "'page_id' in the body must be the page of the path.");
        if (PromptGuard.Check(request.Prompt) is { } refused) throw NotionForgeErrors.InvalidInput(refused.Field, refused.Message);
        var intent = ModifyPromptParser.Parse(request.Prompt!);
        foreach (var name in intent.Commands.SelectMany(Names))
            if (name.Length > MaxNameLength || name.Contains(','))
                throw NotionForgeErrors.InvalidInput(ModifyPromptParser.Field, $"Property names and options are 1–{MaxNameLength} characters without commas; '{name[..Math.Min(name.Length, 30)]}' is not.");

        var credential = await credentials.ResolveAsync(request.NotionToken, "notion_token", ct);
        try
        {
            var database = await PageDatabases.ChooseAsync(notion, credential.Token, pageId, intent, ct);
            var diff = ModifyDiff.Compute(intent.Commands, database.Schema, database.Id);
            var views = diff.HasViewChanges ? await ViewDiffAsync(credential.Token, database, diff, intent, ct) : null;
            IReadOnlyDictionary<string, string>? ids = null;
            if (diff.Schema.Count > 0) ids = PropertyIds.From(await notion.UpdateDataSourceAsync(credential.Token, database.DataSourceId, diff.Schema, ct));
            var applied = diff.Applied;
            var unchanged = diff.Unchanged;
            if (views is not null)
            {
                await ApplyViewsAsync(credential.Token, database, views, diff.Projected, ids, ct);
                applied.AddRange(views.Applied);
                unchanged.AddRange(views.Unchanged);
            }
            if (diff.Rows > 0)
            {
                var rowIds = new List<string>();
                for (var i = 1; i <= diff.Rows; i++)
                {
                    var title = intent.Korean ? $"새 항목 {i}" : $"New item {i}";
                    var properties = new JsonObject { [diff.TitleProperty] = new JsonObject { ["title"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["content"] = title } }) } };
                    rowIds.Add((await notion.CreateRowAsync(credential.Token, database.DataSourceId, properties, ct: ct)).Id);
                }
                applied.Add(new ModificationView("add_rows", $"database:{database.Id}", Count: rowIds.Count, RowIds: rowIds));
            }

            return new ModifyResultView(true, pageId, new ModifiedDatabaseView(database.Id, database.Title, database.DataSourceId), applied, unchanged);
        }
        catch (NotionApiException e)
        {
            throw NotionFailures.ToProductError(e, e.Code == NotionErrorCodes.NotFound ? "page_id" : null);
        }
    }

    private static IEnumerable<string> Names(ModifyCommand command) => command switch
    {
        AddProperty a => a.Options.Prepend(a.Name),
        RenameProperty r => [r.From, r.To],
        RemoveProperty r => [r.Name],
        AddView v => new[] { v.Name, v.Property }.OfType<string>(),
        RenameView r => [r.From, r.To],
        RemoveView r => [r.Name],
        _ => [],
    };

    /// <summary>The prompt's view changes against the views the database has (read only when the prompt has some).</summary>
    private async Task<ModifyViewDiff> ViewDiffAsync(string token, PageDatabase database, ModifyDiff diff, ModifyIntent intent, CancellationToken ct)
    {
        var existing = (await notion.ListAllViewsAsync(token, database.Id, ct: ct))
            .Select(v => new ExistingView(v.Id, v.Json.GetProperty("name").GetString() ?? "", v.Json.GetProperty("type").GetString() ?? "")).ToList();
        var views = ModifyViewDiff.Compute(intent.Commands, existing, diff.Projected, database.Id);
        if (views.Applied.Count == 0 && diff.Applied.Count == 0 && diff.Rows == 0)
            throw NotionForgeErrors.InvalidInput(ModifyPromptParser.Field, $"Nothing to change: {string.Join(" ", diff.Unchanged.Concat(views.Unchanged))}");
        return views;
    }

    /// <summary>Adds, renames and removes views: one request each; property ids from the schema update's answer or one read.</summary>
    private async Task ApplyViewsAsync(string token, PageDatabase database, ModifyViewDiff views, IReadOnlyDictionary<string, string> schema,
        IReadOnlyDictionary<string, string>? ids, CancellationToken ct)
    {
        foreach (var add in views.Add)
        {
            JsonObject? configuration = null;
            if (NotionViewLayouts.NeedsProperty(add.Type))
            {
                ids ??= PropertyIds.From(await notion.RetrieveDataSourceAsync(token, database.DataSourceId, ct));
                configuration = NotionViewLayouts.Configuration(add.Type, ids[add.Property!], schema[add.Property!]);
            }
            await notion.CreateViewAsync(token, database.Id, database.DataSourceId, add.Name!, add.Type, configuration, ct: ct);
        }
        foreach (var (view, to) in views.Rename) await notion.UpdateViewAsync(token, view.Id, name: to, ct: ct);
        foreach (var view in views.Remove) await notion.DeleteViewAsync(token, view.Id, ct);
    }
}
