using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>
/// Builds a blueprint in Notion as a fixed sequence of steps with deterministic keys (ADR 51, ADR 58): the root page
/// under the parent, then the sub pages, each created with the leading part of its body that fits one request
/// (Notion's <c>children</c> on create) and the rest appended right after it; the databases with their first data
/// source (schema without relations); one schema update per database with relation, rollup or formula properties;
/// the views the database's default table view does not cover; the sample rows; last, the bodies that link to pages
/// or databases created after their page. Every step is one request, so the same plan run against a
/// <see cref="CountingJournal"/> is both the task's total and the estimate's call count (<see cref="CountCalls"/>).
/// </summary>
internal sealed partial class BlueprintExecutor(NotionClient notion, string token, IStepJournal journal)
{
    private readonly Dictionary<string, int> _children = [];
    private readonly Dictionary<int, (string Id, string DataSource)> _databases = [];
    private readonly Dictionary<string, string> _subPages = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Db, string Title), string> _rows = [];
    private readonly List<(string Key, string PageId, IEnumerable<BlockDto> Body)> _lateBodies = [];

    public string? RootPageId { get; private set; }
    public string? RootUrl { get; private set; }

    /// <summary>The plan's requests for a blueprint, counted without Notion (the estimator's <c>notion_calls</c>).</summary>
    public static int CountCalls(BlueprintDto blueprint)
    {
        var counting = new CountingJournal();
        // Nothing in the counting run awaits anything but completed tasks, so it finishes synchronously.
        new BlueprintExecutor(null!, "", counting).RunAsync(blueprint, CountingJournal.Parent, CancellationToken.None).GetAwaiter().GetResult();
        return counting.Steps;
    }

    public async Task RunAsync(BlueprintDto blueprint, string parentPageId, CancellationToken ct)
    {
        var root = await CreatePageAsync("page:root", "body:root", parentPageId, blueprint.Title, blueprint.Icon, blueprint.CoverUrl, MainBody(blueprint), ct);
        (RootPageId, RootUrl) = (root.Id, root.Url);
        for (var i = 0; i < blueprint.SubPages.Count; i++)
        {
            var sub = blueprint.SubPages[i];
            _subPages[sub.Title] = (await CreatePageAsync($"page:sub{i}", $"body:sub{i}", RootPageId!, sub.Title, sub.Icon, null, SubPageBody(sub), ct)).Id!;
        }
        for (var i = 0; i < blueprint.Databases.Count; i++) await CreateDatabaseAsync(i, blueprint.Databases[i], ct);
        for (var i = 0; i < blueprint.Databases.Count; i++) await UpdateSchemaAsync(i, blueprint.Databases[i], ct);
        for (var i = 0; i < blueprint.Databases.Count; i++) await CreateViewsAsync(i, blueprint.Databases[i], ct);
        for (var i = 0; i < blueprint.Databases.Count; i++)
            for (var r = 0; r < blueprint.Databases[i].SampleRows.Count; r++) await CreateRowAsync(i, r, blueprint.Databases[i], ct);

        foreach (var (key, pageId, body) in _lateBodies) await AppendAsync(key, pageId, Build(body), ct);
    }

    private List<JsonObject> Build(IEnumerable<BlockDto> blocks) =>
        NotionBlocks.Build(blocks, i => _databases.TryGetValue(i, out var d) ? d.Id : null, t => _subPages.GetValueOrDefault(t));

    /// <summary>The main page's body as the estimator counts it: its blocks, then the FAQ (ADR 44).</summary>
    private static IEnumerable<BlockDto> MainBody(BlueprintDto b) => b.Faq is not { Count: > 0 } faq ? b.Blocks :
        [.. b.Blocks, new BlockDto { Type = "heading_2", Text = "FAQ" },
            .. faq.Select(f => new BlockDto { Type = "toggle", Text = f.Q, Children = [new BlockDto { Type = "paragraph", Text = f.A }] })];

    private static IEnumerable<BlockDto> SubPageBody(SubPageDto page) => page.Description is { Length: > 0 } d && page.Blocks.Count == 0
        ? [new BlockDto { Type = "paragraph", Text = d }] : page.Blocks;

    /// <summary>
    /// A page and its body. When every link in the body resolves now, the leading blocks that fit one request whole
    /// go with the create (one step: adopting the page on resume adopts them too) and the rest is appended at once
    /// under <paramref name="bodyKey"/>; otherwise the page is created empty and its body appended at the end.
    /// </summary>
    private async Task<StepOutcome> CreatePageAsync(
        string key, string bodyKey, string parent, string title, string? icon, string? cover, IEnumerable<BlockDto> body, CancellationToken ct)
    {
        var (blocks, resolved) = TryBuild(body);
        var normalized = resolved ? BlockNormalizer.Normalize(blocks) : [];
        var ride = normalized.Count == 0 ? 0 : AppendBatcher.LeadingComplete(AppendBatcher.Batch(normalized)[0]);
        var children = normalized.Take(ride).ToList();
        var blockCount = children.Sum(CountBlocks);
        var outcome = await journal.RunAsync(new StepInfo(key, "page", "create_page", title, $"Creating page '{title}'"),
            async () =>
            {
                var page = await notion.CreatePageWithChildrenAsync(token, parent, title, children, icon is null ? null : NotionBlocks.Emoji(icon),
                    cover is null ? null : new JsonObject { ["type"] = "external", ["external"] = new JsonObject { ["url"] = cover } }, ct);
                return StepOutcome.Object(page.Id, page.Url) with { Blocks = blockCount };
            },
            async () => await FindChildAsync(parent, "page", title, ct) is { } found ? found with { Blocks = blockCount } : null, ct);
        Count(parent, 1);
        Count(outcome.Id!, ride);
        if (!resolved) _lateBodies.Add((bodyKey, outcome.Id!, body));
        else if (ride < normalized.Count) await AppendAsync(bodyKey, outcome.Id!, [.. normalized.Skip(ride)], ct);
        return outcome;
    }

    /// <summary>The body's Notion blocks, and whether every page or database it links to exists yet.</summary>
    private (List<JsonObject> Blocks, bool Resolved) TryBuild(IEnumerable<BlockDto> body)
    {
        var resolved = true;
        var blocks = NotionBlocks.Build(body,
            i => _databases.TryGetValue(i, out var d) ? d.Id : Missing(),
            t => _subPages.GetValueOrDefault(t) ?? Missing());
        return (blocks, resolved);
        string? Missing() { resolved = false; return null; }
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
        // Its answer is the whole data source: the property ids views need are kept with the step.
        var outcome = await journal.RunAsync(new StepInfo($"schema:{index}", "schema", "update_schema", db.Title, $"Linking database '{db.Title}'"),
            async () => StepOutcome.Properties(PropertyIds.From(await notion.UpdateDataSourceAsync(token, source, schema, ct))),
            () => Task.FromResult<StepOutcome?>(null), ct);
        if (PropertyIds.Parse(outcome.DataSourceId) is { } ids) _propertyIds[index] = ids;
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
}
