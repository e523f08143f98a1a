using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;
using static Forge.NotionForge.Tests.Notion.NotionBlocks;

namespace Forge.NotionForge.Tests.Notion;

public class AppendBatcherTests
{
    [Fact]
    public void At_most_100_blocks_go_in_one_append()
    {
        var blocks = Enumerable.Range(0, 250).Select(i => Paragraph($"p{i}")).ToList();

        var batches = AppendBatcher.Batch(blocks);

        batches.Select(b => b.Children.Count).ShouldBe([100, 100, 50]);
        batches.SelectMany(b => b.Children).Select(b => TextOf((JsonObject)b!)).ShouldBe(blocks.Select(TextOf));
    }

    [Fact]
    public void Children_and_grandchildren_travel_inline_and_deeper_content_is_deferred_in_order()
    {
        var block = Toggle("top", Paragraph("leaf"), Toggle("with kids", Paragraph("grandchild")),
            Toggle("too deep", Toggle("child", Paragraph("great-grandchild"))), Paragraph("after"));

        var batch = AppendBatcher.Batch([block]).Single();

        var sent = (JsonArray)batch.Children[0]!["toggle"]!["children"]!;
        sent.Select(c => TextOf((JsonObject)c!)).ShouldBe(["leaf", "with kids"]);
        TextOf((JsonObject)sent[1]!["toggle"]!["children"]![0]!).ShouldBe("grandchild");
        batch.Deferred[0]!.Select(TextOf).ShouldBe(["too deep", "after"]);
    }

    [Fact]
    public void A_column_list_goes_whole_with_its_columns_and_their_content()
    {
        var columns = Block("column_list", "", Block("column", "", Paragraph("left")), Block("column", "", Paragraph("right")));

        var batch = AppendBatcher.Batch([columns]).Single();

        batch.Deferred[0].ShouldBeNull();
        ((JsonArray)batch.Children[0]!["column_list"]!["children"]!).Count.ShouldBe(2);
    }

    [Fact]
    public void More_than_100_children_are_sent_100_inline_and_the_rest_deferred()
    {
        var block = Toggle("big", [.. Enumerable.Range(0, 130).Select(i => Paragraph($"c{i}"))]);

        var batch = AppendBatcher.Batch([block]).Single();

        ((JsonArray)batch.Children[0]!["toggle"]!["children"]!).Count.ShouldBe(100);
        batch.Deferred[0]!.Count.ShouldBe(30);
    }

    [Fact]
    public void A_payload_holds_at_most_1000_blocks()
    {
        var blocks = Enumerable.Range(0, 30).Select(i => Toggle($"t{i}", [.. Enumerable.Range(0, 99).Select(j => Paragraph($"c{j}"))])).ToList();

        var batches = AppendBatcher.Batch(blocks);

        batches.Select(b => b.Children.Sum(c => 1 + (((JsonArray?)c!["toggle"]!["children"])?.Count ?? 0))).ShouldAllBe(n => n <= NotionLimits.BlocksPerPayload);
        batches.Sum(b => b.Children.Count).ShouldBe(30);
        batches.Count.ShouldBe(3); // ten 100-block toggles fill 1,000
    }

    [Fact]
    public void A_payload_stays_under_500_KB()
    {
        var blocks = BlockNormalizer.Normalize(Enumerable.Range(0, 12).Select(_ => Paragraph(Words(60_000))));

        var batches = AppendBatcher.Batch(blocks);

        batches.Count.ShouldBeGreaterThan(1);
        batches.Select(b => NotionJson.SizeOf(new JsonObject { ["children"] = b.Children.DeepClone() }))
            .ShouldAllBe(bytes => bytes <= NotionLimits.PayloadBytes);
    }
}
