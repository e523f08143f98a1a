using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;
using static Forge.NotionForge.Tests.Notion.NotionBlocks;

namespace Forge.NotionForge.Tests.Notion;

public class BlockNormalizerTests
{
    [Fact]
    public void Long_text_in_a_block_is_split_into_elements_of_at_most_2000_characters()
    {
        var text = Words(7_000);

        var blocks = BlockNormalizer.Normalize([Paragraph(text)]);

        blocks.Count.ShouldBe(1);
        ((JsonArray)blocks[0]["paragraph"]!["rich_text"]!).Count.ShouldBe(4);
        TextOf(blocks[0]).ShouldBe(text);
    }

    [Fact]
    public void A_block_needing_more_than_100_elements_becomes_consecutive_blocks_and_the_last_keeps_the_children()
    {
        var text = Words(150 * 2000);

        var blocks = BlockNormalizer.Normalize([Toggle(text, Paragraph("inside"))]);

        blocks.Count.ShouldBe(2);
        blocks.ShouldAllBe(b => b["type"]!.GetValue<string>() == "toggle" && ((JsonArray)b["toggle"]!["rich_text"]!).Count <= 100);
        string.Concat(blocks.Select(TextOf)).ShouldBe(text);
        blocks[0]["toggle"]!["children"].ShouldBeNull();
        TextOf((JsonObject)blocks[1]["toggle"]!["children"]![0]!).ShouldBe("inside");
    }

    [Fact]
    public void Heavy_text_is_spread_so_no_block_outweighs_its_share_of_a_payload()
    {
        var korean = string.Concat(Enumerable.Repeat("노션 템플릿 ", 40_000)); // 3 bytes a syllable: ~720 KB

        var blocks = BlockNormalizer.Normalize([Paragraph(korean)]);

        blocks.Count.ShouldBeGreaterThan(3);
        blocks.Select(b => NotionJson.SizeOf(b)).ShouldAllBe(bytes => bytes < NotionLimits.PayloadBytes / 2); // the bytes sent
        string.Concat(blocks.Select(TextOf)).ShouldBe(korean);
    }

    [Fact]
    public void Children_at_every_depth_are_normalized()
    {
        var deep = Paragraph("a", Paragraph("b", Paragraph("c", Paragraph(Words(2_500)))));

        var blocks = BlockNormalizer.Normalize([deep]);

        var leaf = blocks[0]["paragraph"]!["children"]![0]!["paragraph"]!["children"]![0]!["paragraph"]!["children"]![0]!;
        ((JsonArray)leaf["paragraph"]!["rich_text"]!).Count.ShouldBe(2);
    }
}
