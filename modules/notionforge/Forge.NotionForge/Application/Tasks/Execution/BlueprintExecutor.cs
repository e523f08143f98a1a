using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// Builds a blueprint in Notion as a fixed sequence of steps with deterministic keys (ADR 51): the root page under the
/// parent; the sub pages; each database with its first data source (schema without relations); one schema update per
/// database with relation, rollup or formula properties; the sample rows; then the bodies (main page with its FAQ,
/// then each sub page) in appends the client's limits cut (≤ 100 children, ≤ 2 nesting levels, deeper content under
/// the ids the previous append returned). The same plan runs against a <see cref="CountingJournal"/> to learn the total.
/// </summary>
internal sealed class BlueprintExecutor(NotionClient notion, string token, IStepJournal journal)
{
    private readonly Dictionary<string, int> _children = [];
    private readonly Dictionary<int, (string Id, string DataSource)> _databases = [];
    private readonly Dictionary<string, string> _subPages = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Db, string Title), string> _rows = [];

    public string? RootPageId { get; private set; }
    public string? RootUrl { get; private set; }

    public async Task RunAsync(BlueprintDto blueprint, string parentPageId, CancellationToken ct)
    {
        var root = await CreatePageAsync("page:root", parentPageId, blueprint.Title, blueprint.Icon, blueprint.CoverUrl, ct);
        (RootPageId, RootUrl) = (root.Id, root.Url);
        for (var i = 0; i < blueprint.SubPages.Count; i++)
        {
            var sub = blueprint.SubPages[i];
            _subPages[sub.Title] = (await CreatePageAsync($"page:sub{i}", RootPageId!, sub.Title, sub.Icon, null, ct)).Id!;
        }
        for (var i = 0; i < blueprint.Databases.Count; i++) await CreateDatabaseAsync(i, blueprint.Databases[i], ct);
        for (var i = 0; i < blueprint.Databases.Count; i++) await UpdateSchemaAsync(i, blueprint.Databases[i], ct);
        for (var i = 0; i < blueprint.Databases.Count; i++)
            for (var r = 0; r < blueprint.Databases[i].SampleRows.Count; r++) await CreateRowAsync(i, r, blueprint.Databases[i], ct);

        await AppendAsync("body:root", RootPageId!, Build(MainBody(blueprint)), ct);
        for (var i = 0; i < blueprint.SubPages.Count; i++)
            await AppendAsync($"body:sub{i}", _subPages[blueprint.SubPages[i].Title], Build(SubPageBody(blueprint.SubPages[i])), ct);
    }

    private List<JsonObject> Build(IEnumerable<BlockDto> blocks) =>
        NotionBlocks.Build(blocks, i => _databases.TryGetValue(i, out var d) ? d.Id : null, t => _subPages.GetValueOrDefault(t));

    /// <summary>The main page's body as the estimator counts it: its blocks, then the FAQ (ADR 44).</summary>
    private static IEnumerable<BlockDto> MainBody(BlueprintDto b) => b.Faq is not { Count: > 0 } faq ? b.Blocks :
        [.. b.Blocks, new BlockDto { Type = "heading_2", Text = "FAQ" },
            .. faq.Select(f => new BlockDto { Type = "toggle", Text = f.Q, Children = [new BlockDto { Type = "paragraph", Text = f.A }] })];

    private static IEnumerable<BlockDto> SubPageBody(SubPageDto page) => page.Description is { Length: > 0 } d && page.Blocks.Count == 0
        ? [new BlockDto { Type = "paragraph", Text = d }] : page.Blocks;

    private async Task<StepOutcome> CreatePageAsync(string key, string parent, string title, string? icon, string? cover, CancellationToken ct)
    {
        var outcome = await journal.RunAsync(new StepInfo(key, "page", "create_page", title, $"Creating page '{title}'"),
            async () =>
            {
                var page = await notion.CreatePageAsync(token, parent, title, null, icon is null ? null : NotionBlocks.Emoji(icon),
                    cover is null ? null : new JsonObject { ["type"] = "external", ["external"] = new JsonObject { ["url"] = cover } }, ct);
                return StepOutcome.Object(page.Id, page.Url);
            },
            () => FindChildAsync(parent, "page", title, ct), ct);
        Count(parent, 1);
        return outcome;
    }

    private async Task CreateDatabaseAsync(int index, DatabaseDto db, CancellationToken ct)
    {
        var parent = db.DbParent is { } p && _subPages.TryGetValue(p, out var sub) ? sub : RootPageId!;
        var outcome = await journal.RunAsync(new StepInfo($"db:{index}", "database", "create_database", db.Title, $"Creating database '{db.Title}'"),
            async () =>
            {
                var schema = NotionProperties.Schema(db.Properties.Where(x => !NotionProperties.IsLate(x)), _ => null);
                var created = await notion.CreateDatabaseAsync(token, parent, db.Title, schema, db.IsInline, db.Icon is null ? null : NotionBlocks.Emoji(db.Icon), ct);
                return StepOutcome.Object(created.Id, created.Url, created.DataSourceId);
            },
            async () => await FindChildAsync(parent, "database", db.Title, ct) is { } found
                ? StepOutcome.Object(found.Id!, found.Url, (await notion.RetrieveDatabaseAsync(token, found.Id!, ct)).Json
                    .GetProperty("data_sources")[0].GetProperty("id").GetString())
                : null, ct);
        Count(parent, 1);
        _databases[index] = (outcome.Id!, outcome.DataSourceId!);
    }

    private async Task UpdateSchemaAsync(int index, DatabaseDto db, CancellationToken ct)
    {
        var late = db.Properties.Where(NotionProperties.IsLate).ToList();
        if (late.Count == 0) return;
        var source = _databases[index].DataSource;
        // Relations first: a rollup names its relation, which must exist by then (Notion applies one request's
        // properties together, so all go in one update, relations listed first).
        var ordered = late.OrderBy(p => p.Type == "relation" ? 0 : p.Type == "formula" ? 1 : 2);
        var schema = NotionProperties.Schema(ordered, i => _databases.TryGetValue(i, out var d) ? d.DataSource : null);
        // A schema update sets properties to what it names: sending it again changes nothing, so a resume just resends.
        await journal.RunAsync(new StepInfo($"schema:{index}", "schema", "update_schema", db.Title, $"Linking database '{db.Title}'"),
            async () => { await notion.UpdateDataSourceAsync(token, source, schema, ct); return StepOutcome.None; },
            () => Task.FromResult<StepOutcome?>(null), ct);
    }

    private async Task CreateRowAsync(int index, int rowIndex, DatabaseDto db, CancellationToken ct)
    {
        var row = db.SampleRows[rowIndex];
        var title = NotionProperties.TitleOf(db, row) ?? "";
        var source = _databases[index].DataSource;
        var values = NotionProperties.Values(db, row, (target, t) => _rows.GetValueOrDefault((target, t)));
        var outcome = await journal.RunAsync(new StepInfo($"row:{index}:{rowIndex}", "row", "create_row", title, $"Adding '{title}' to '{db.Title}'"),
            async () =>
            {
                var page = await notion.CreateRowAsync(token, source, values, null, ct);
                return StepOutcome.Object(page.Id, page.Url);
            },
            () => FindRowAsync(source, title, ct), ct);
        _rows.TryAdd((index, title), outcome.Id!);
    }

    /// <summary>Appends blocks under a parent, batch by batch; deferred children follow under the ids each batch returned.</summary>
    private async Task AppendAsync(string key, string parent, List<JsonObject> blocks, CancellationToken ct)
    {
        if (blocks.Count == 0) return;
        var batches = AppendBatcher.Batch(BlockNormalizer.Normalize(blocks));
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            var prior = _children.GetValueOrDefault(parent);
            var sent = batch.Children.OfType<JsonObject>().ToList();
            var count = sent.Sum(CountBlocks);
            var outcome = await journal.RunAsync(
                new StepInfo($"{key}/a{i}", "append", "append_blocks", null, $"Adding {count} blocks"),
                async () => StepOutcome.Append(await notion.AppendBlocksAsync(token, parent, sent, ct), count),
                () => FindAppendedAsync(parent, prior, sent.Count, count, ct), ct);
            Count(parent, sent.Count);
            for (var j = 0; j < batch.Deferred.Count; j++)
            {
                if (batch.Deferred[j] is not { } rest) continue;
                // The block already holds the children that went inline; the deferred ones follow them.
                Count(outcome.BlockIds[j], NotionJsonChildren(sent[j])?.Count ?? 0);
                await AppendAsync($"{key}/a{i}/{j}", outcome.BlockIds[j], [.. rest], ct);
            }
        }
    }

    private static int CountBlocks(JsonObject block) => 1 + (NotionJsonChildren(block)?.OfType<JsonObject>().Sum(CountBlocks) ?? 0);

    private static JsonArray? NotionJsonChildren(JsonObject block) =>
        block["type"]?.GetValue<string>() is { } type && block[type] is JsonObject body ? body["children"] as JsonArray : null;

    private void Count(string parent, int added) => _children[parent] = _children.GetValueOrDefault(parent) + added;

    // ---- Looking a started step up before sending it again (ADR 51) ----

    /// <summary>An append is atomic: the parent has either <paramref name="prior"/> children (resend) or the batch after them.</summary>
    private async Task<StepOutcome?> FindAppendedAsync(string parent, int prior, int sent, int blocks, CancellationToken ct)
    {
        var children = await notion.ListAllBlockChildrenAsync(token, parent, ct);
        if (children.Count == prior) return null;
        if (children.Count >= prior + sent) return StepOutcome.Append([.. children.Skip(prior).Take(sent).Select(c => c.Id)], blocks);
        throw new NotionApiException(NotionErrorCodes.InternalError,
            $"Block {parent} has {children.Count} children where the task expected {prior} or {prior + sent}; it was changed outside the task.");
    }

    /// <summary>The newest child of the parent with this kind and title that no finished step recorded.</summary>
    private async Task<StepOutcome?> FindChildAsync(string parent, string kind, string title, CancellationToken ct)
    {
        var children = await notion.ListAllBlockChildrenAsync(token, parent, ct);
        var match = children.LastOrDefault(c => !journal.IsKnown(c.Id) && NotionTitles.Of(c, kind) == title);
        return match is null ? null : StepOutcome.Object(match.Id, match.Url ?? $"https://www.notion.so/{match.Id.Replace("-", "")}");
    }

    private async Task<StepOutcome?> FindRowAsync(string dataSource, string title, CancellationToken ct)
    {
        string? cursor = null;
        do
        {
            var page = await notion.SearchAsync(token, title, "page", cursor, 100, ct);
            var match = page.Results.FirstOrDefault(r => !journal.IsKnown(r.Id)
                && r.Json.TryGetProperty("parent", out var p) && p.TryGetProperty("data_source_id", out var ds)
                && ds.GetString() == dataSource && NotionTitles.Of(r, "page") == title);
            if (match is not null) return StepOutcome.Object(match.Id, match.Url);
            cursor = page.HasMore ? page.NextCursor : null;
        } while (cursor is not null);
        return null;
    }
}
