using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion.Limits;

/// <summary>One append request: the blocks to send and, per block, the children left for a follow-up call.</summary>
public sealed record AppendBatch(JsonArray Children, IReadOnlyList<IReadOnlyList<JsonObject>?> Deferred);

/// <summary>
/// Cuts a list of (normalized) blocks into append requests within Notion's limits: ≤ 100 blocks per children
/// array, two levels of nesting below the blocks sent (Notion's own column_list → column → paragraph example),
/// ≤ 1,000 blocks and ≤ 500 KB per payload. A block travels with the longest leading run of its children whose
/// subtrees fit the remaining level; the rest of its children are deferred, to be appended under the block's
/// returned id (an append returns only the ids of the blocks sent, so deferral happens at that level). Order is
/// kept: deferred children always follow the ones sent inline.
/// </summary>
public static class AppendBatcher
{
    public static List<AppendBatch> Batch(IReadOnlyList<JsonObject> blocks)
    {
        var batches = new List<AppendBatch>();
        var children = new JsonArray();
        var deferred = new List<IReadOnlyList<JsonObject>?>();
        int count = 0, bytes = 0;
        foreach (var block in blocks)
        {
            var (item, rest, itemBlocks, itemBytes) = Fit(block);
            if (children.Count == NotionLimits.ChildrenPerRequest || count + itemBlocks > NotionLimits.BlocksPerPayload
                || bytes + itemBytes > NotionLimits.PayloadBudgetBytes)
            {
                batches.Add(new AppendBatch(children, deferred));
                (children, deferred, count, bytes) = (new JsonArray(), new List<IReadOnlyList<JsonObject>?>(), 0, 0);
            }
            children.Add(item);
            deferred.Add(rest);
            count += itemBlocks;
            bytes += itemBytes + 1;
        }
        if (children.Count > 0) batches.Add(new AppendBatch(children, deferred));
        return batches;
    }

    /// <summary>
    /// How many leading blocks of a batch go whole (nothing deferred): those can ride along with a page create,
    /// which answers no block ids to append deferred children under.
    /// </summary>
    public static int LeadingComplete(AppendBatch batch)
    {
        var n = 0;
        while (n < batch.Deferred.Count && batch.Deferred[n] is null) n++;
        return n;
    }

    private static (JsonObject Item, IReadOnlyList<JsonObject>? Remaining, int Blocks, int Bytes) Fit(JsonObject block)
    {
        var all = NotionJson.ChildrenOf(block)?.OfType<JsonObject>().ToList() ?? [];
        int inline = 0, blocks = 1;
        while (inline < all.Count && inline < NotionLimits.ChildrenPerRequest
               && FitsBelow(all[inline], NotionLimits.NestingLevelsPerRequest - 1) && blocks + Count(all[inline]) <= NotionLimits.BlocksPerPayload)
            blocks += Count(all[inline++]);
        while (true)
        {
            var item = NotionJson.Shell(block);
            if (inline > 0) NotionJson.SetChildren(item, new JsonArray([.. all.Take(inline).Select(c => c.DeepClone())]));
            var size = NotionJson.SizeOf(item);
            if (size <= NotionLimits.PayloadBudgetBytes / 2 || inline == 0)
                return (item, inline < all.Count ? all.Skip(inline).ToList() : null, 1 + all.Take(inline).Sum(Count), size);
            inline /= 2; // a block and its inline children stay within half a payload, so two always fit together
        }
    }

    /// <summary>Whether the block's descendants go at most <paramref name="levels"/> deeper, ≤ 100 per children array.</summary>
    private static bool FitsBelow(JsonObject block, int levels) => NotionJson.ChildrenOf(block) switch
    {
        null or { Count: 0 } => true,
        { } children => levels > 0 && children.Count <= NotionLimits.ChildrenPerRequest
            && children.OfType<JsonObject>().All(c => FitsBelow(c, levels - 1)),
    };

    private static int Count(JsonObject block) => 1 + (NotionJson.ChildrenOf(block)?.OfType<JsonObject>().Sum(Count) ?? 0);
}
