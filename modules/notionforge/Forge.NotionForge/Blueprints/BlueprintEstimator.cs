using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>
/// What creating a blueprint costs, computed from its shape with the executor's plan (ADR 44): one call per page
/// (main, sub pages, sample rows), per database (create, then one schema update when it has relation, rollup or
/// formula properties), per view and per linked view; body blocks go in appends of ≤ 100 children and ≤ 2 nesting
/// levels, deeper content in follow-up appends. Blocks count what Notion counts against a workspace: pages,
/// database rows, databases and every body block.
/// </summary>
public static class BlueprintEstimator
{
    public static BlueprintEstimateDto Estimate(BlueprintDto blueprint)
    {
        var calls = 1 + blueprint.SubPages.Count;
        var blocks = 1 + blueprint.SubPages.Count;
        foreach (var db in blueprint.Databases)
        {
            calls += 1 + db.SampleRows.Count;
            if (db.Properties.Any(p => p.Type is "relation" or "rollup" or "formula")) calls++;
            blocks += 1 + db.SampleRows.Count;
        }

        foreach (var body in blueprint.SubPages.Select(p => p.Blocks).Prepend(MainPageBody(blueprint)))
        {
            var (pageCalls, pageBlocks) = Count(body);
            calls += pageCalls;
            blocks += pageBlocks;
        }

        return new BlueprintEstimateDto(calls, Math.Round(calls / NotionLimits.RequestsPerSecond, 1), blocks, NotionLimits.FreeWorkspaceBlocks);
    }

    /// <summary>The main page's body as the executor appends it: its blocks, then the FAQ (a heading and one toggle per entry).</summary>
    private static IReadOnlyList<BlockDto> MainPageBody(BlueprintDto blueprint)
    {
        if (blueprint.Faq is not { Count: > 0 } faq) return blueprint.Blocks;
        var body = blueprint.Blocks.ToList();
        body.Add(new BlockDto { Type = "heading_2", Text = "FAQ" });
        body.AddRange(faq.Select(f => new BlockDto { Type = "toggle", Text = f.Q, Children = [new BlockDto { Type = "paragraph", Text = f.A }] }));
        return body;
    }

    /// <summary>Calls and blocks for one page body (or a follow-up append under a block at the nesting limit).</summary>
    private static (int Calls, int Blocks) Count(IReadOnlyList<BlockDto> list)
    {
        var calls = 0;
        var blocks = 0;
        var appended = 0;
        foreach (var block in list)
        {
            // The database itself is counted with the databases; its place in the body costs nothing more.
            if (block.Type == "database_ref") continue;

            appended++;
            var (c, b) = CountTree(block, depth: 0);
            calls += c;
            blocks += b;
        }

        return (calls + (appended + NotionLimits.ChildrenPerAppend - 1) / NotionLimits.ChildrenPerAppend, blocks);
    }

    /// <summary>A block and its descendants; those below the nesting limit cost follow-up appends.</summary>
    private static (int Calls, int Blocks) CountTree(BlockDto block, int depth)
    {
        var nested = block.Columns?.Select(c => new BlockDto { Type = "column", Children = c.Blocks }).ToList()
            ?? block.Children?.ToList() ?? [];
        if (nested.Count == 0) return (0, 1);
        if (depth == NotionLimits.NestingPerRequest)
        {
            var (followCalls, followBlocks) = Count(nested);
            return (followCalls, 1 + followBlocks);
        }

        var calls = 0;
        var blocks = 1;
        foreach (var child in nested)
        {
            var (c, b) = CountTree(child, depth + 1);
            calls += c;
            blocks += b;
        }

        return (calls, blocks);
    }
}
