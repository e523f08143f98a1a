using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion.Limits;

/// <summary>One append request: the blocks to send and, per block, the children left for a follow-up call.</summary>
public sealed record AppendBatch(JsonArray Children, IReadOnlyList<IReadOnlyList<JsonObject>?> Deferred);

/// <summary>
/// Cuts a list of (normalized) blocks into append requests within Notion's limits: ≤ 100 blocks per children
/// array, two levels per request, ≤ 1,000 blocks and ≤ 500 KB per payload. A block travels with the longest
/// leading run of its children that have no children of their own (so they fit the second level); the rest of
/// its children are deferred, to be appended under the block's returned id. Order is kept: deferred children
/// always follow the ones sent inline.
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

    private static (JsonObject Item, IReadOnlyList<JsonObject>? Remaining, int Blocks, int Bytes) Fit(JsonObject block)
    {
        var all = NotionJson.ChildrenOf(block)?.OfType<JsonObject>().ToList() ?? [];
        var inline = 0;
        while (inline < all.Count && inline < NotionLimits.ChildrenPerRequest && NotionJson.ChildrenOf(all[inline]) is not { Count: > 0 })
            inline++;
        while (true)
        {
            var item = NotionJson.Shell(block);
            if (inline > 0) NotionJson.SetChildren(item, new JsonArray([.. all.Take(inline).Select(c => c.DeepClone())]));
            var size = NotionJson.SizeOf(item);
            if (size <= NotionLimits.PayloadBudgetBytes / 2 || inline == 0)
                return (item, inline < all.Count ? all.Skip(inline).ToList() : null, 1 + inline, size);
            inline /= 2; // a block and its inline children stay within half a payload, so two always fit together
        }
    }
}
