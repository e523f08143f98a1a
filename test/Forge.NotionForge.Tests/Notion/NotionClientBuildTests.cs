using System.Text;
using System.Text.Json.Nodes;
using Forge.TestKit.FakeNotion;
using static Forge.NotionForge.Tests.Notion.NotionBlocks;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>The client building real content against the fake Notion server over HTTP, within its limits and rate.</summary>
public class NotionClientBuildTests
{
    [Fact]
    public async Task A_300_block_page_4_levels_deep_with_long_text_is_built_exactly_without_a_rejected_request_or_exceeding_3_per_second()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Workspace root");
        await using var host = NotionTestHost.Start(fake);
        var content = Content();
        Count(content).ShouldBe(300);

        var page = await host.Client.CreatePageAsync(token, root, "Project hub", content);

        fake.Store.Outline(page.Id).ShouldBe(Outline(content));
        fake.Store.CountUnder(page.Id).ShouldBe(300);
        var log = fake.Log.For(token);
        log.ShouldAllBe(e => e.Status == 200 || e.Status == 429); // nothing refused for size or nesting
        log.Count(e => e.Status == 200).ShouldBe(7); // 1 create + 1 append of the areas + 5 of their subtrees: the fewest the limits allow
        fake.Log.MaxExcess(token, 3).ShouldBeLessThanOrEqualTo(fake.Burst); // 3 per second on average, small bursts
    }

    [Fact]
    public async Task Content_too_big_for_one_request_is_appended_in_batches_and_lands_in_order()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake);
        var blocks = Enumerable.Range(0, 230).Select(i => Paragraph($"line {i}")).ToList();

        var ids = await host.Client.AppendBlocksAsync(token, root, blocks);

        ids.Count.ShouldBe(230);
        fake.Store.ChildrenOf(root).Select(c => c.Id).ShouldBe(ids);
        fake.Store.Outline(root).ShouldBe(Outline(blocks));
        fake.Log.For(token).Count(e => e.Status == 200).ShouldBe(3);
    }

    /// <summary>40 paragraphs of 4,500 characters, then 5 toggles › 3 toggles › 4 toggles › 3 paragraphs (260 blocks).</summary>
    private static List<JsonObject> Content()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => Paragraph($"Section {i}: " + Words(4_500))).ToList();
        for (var a = 0; a < 5; a++)
            blocks.Add(Toggle($"Area {a}", [.. Enumerable.Range(0, 3).Select(b =>
                Toggle($"Project {a}.{b}", [.. Enumerable.Range(0, 4).Select(c =>
                    Toggle($"Task {a}.{b}.{c}", [.. Enumerable.Range(0, 3).Select(d => Paragraph($"Note {a}.{b}.{c}.{d}"))]))]))]));
        return blocks;
    }

    private static int Count(IEnumerable<JsonObject> blocks) =>
        blocks.Sum(b => 1 + Count(Children(b)));

    private static IEnumerable<JsonObject> Children(JsonObject block) =>
        (block[block["type"]!.GetValue<string>()]!["children"] as JsonArray)?.OfType<JsonObject>() ?? [];

    /// <summary>The fake store's outline format for what was sent.</summary>
    private static string Outline(IEnumerable<JsonObject> blocks)
    {
        var text = new StringBuilder();
        void Write(JsonObject block, int depth)
        {
            text.Append(' ', depth * 2).Append(block["type"]!.GetValue<string>()).Append(": ").Append(TextOf(block)).Append('\n');
            foreach (var child in Children(block)) Write(child, depth + 1);
        }
        foreach (var block in blocks) Write(block, 0);
        return text.ToString();
    }
}
