using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Modify;

/// <summary>
/// <c>POST /api/templates/{page_id}/modify</c> (seed §2, ADR 52): reads the prompt's changes, reads the page's
/// databases from Notion, computes the difference and sends only that — one schema update of the chosen data source
/// and one create per added row. Nothing else on the page is touched.
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
            if (diff.Schema.Count > 0) await notion.UpdateDataSourceAsync(credential.Token, database.DataSourceId, diff.Schema, ct);
            var applied = diff.Applied;
            if (diff.Rows > 0)
            {
                var ids = new List<string>();
                for (var i = 1; i <= diff.Rows; i++)
                {
                    var title = intent.Korean ? $"새 항목 {i}" : $"New item {i}";
                    var properties = new JsonObject { [diff.TitleProperty] = new JsonObject { ["title"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["content"] = title } }) } };
                    ids.Add((await notion.CreateRowAsync(credential.Token, database.DataSourceId, properties, ct: ct)).Id);
                }
                applied.Add(new ModificationView("add_rows", $"database:{database.Id}", Count: ids.Count, RowIds: ids));
            }

            return new ModifyResultView(true, pageId, new ModifiedDatabaseView(database.Id, database.Title, database.DataSourceId), applied, diff.Unchanged);
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
        _ => [],
    };
}
