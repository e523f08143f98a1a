using Forge.NotionForge.Application.Tasks.Execution;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>
/// What creating a blueprint costs (ADR 44, ADR 58). Calls are the executor's own plan run without Notion: one per
/// page (its leading body rides with the create), database, schema update, view beyond the default table view, row,
/// and append (body overflow, content deeper than two levels, bodies linking to what is created after their page),
/// plus one schema read for a database whose board or calendar has no schema update to learn property ids from — so
/// the estimate is exactly what a clean run sends. Blocks count what Notion counts against a workspace: pages,
/// database rows, databases and every body block.
/// </summary>
public static class BlueprintEstimator
{
    public static BlueprintEstimateDto Estimate(BlueprintDto blueprint)
    {
        var calls = BlueprintExecutor.CountCalls(blueprint);
        return new BlueprintEstimateDto(calls, Math.Round(calls / NotionLimits.RequestsPerSecond, 1), Blocks(blueprint), NotionLimits.FreeWorkspaceBlocks);
    }

    /// <summary>Blocks against the workspace limit, from the blueprint's shape alone (the validator's check, valid or not).</summary>
    public static int Blocks(BlueprintDto blueprint)
    {
        var blocks = 1 + blueprint.SubPages.Count + blueprint.Databases.Sum(db => 1 + db.SampleRows.Count);
        return blocks + blueprint.SubPages.Select(p => p.Blocks).Prepend(MainPageBody(blueprint)).Sum(Count);
    }

    /// <summary>The main page's body as the executor builds it: its blocks, then the FAQ (a heading and one toggle per entry).</summary>
    private static IReadOnlyList<BlockDto> MainPageBody(BlueprintDto blueprint)
    {
        if (blueprint.Faq is not { Count: > 0 } faq) return blueprint.Blocks;
        var body = blueprint.Blocks.ToList();
        body.Add(new BlockDto { Type = "heading_2", Text = "FAQ" });
        body.AddRange(faq.Select(f => new BlockDto { Type = "toggle", Text = f.Q, Children = [new BlockDto { Type = "paragraph", Text = f.A }] }));
        return body;
    }

    /// <summary>A list of blocks and their descendants (a database_ref is the database itself, counted with the databases).</summary>
    private static int Count(IReadOnlyList<BlockDto> list) => list.Where(b => b.Type != "database_ref").Sum(block =>
        1 + Count(block.Columns?.Select(c => new BlockDto { Type = "column", Children = c.Blocks }).ToList() ?? block.Children?.ToList() ?? []));
}
