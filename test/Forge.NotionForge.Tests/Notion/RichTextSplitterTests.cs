using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Tests.Notion;

public class RichTextSplitterTests
{
    [Fact]
    public void Short_text_is_one_piece()
    {
        RichTextSplitter.SplitText("hello world").ShouldBe(["hello world"]);
        RichTextSplitter.SplitText(new string('a', 2000)).Count.ShouldBe(1);
    }

    [Fact]
    public void Long_text_is_cut_after_the_last_whitespace_that_fits_and_concatenates_back()
    {
        var text = NotionBlocks.Words(9_999);
        var pieces = RichTextSplitter.SplitText(text);

        string.Concat(pieces).ShouldBe(text);
        pieces.ShouldAllBe(p => p.Length <= 2000);
        pieces.SkipLast(1).ShouldAllBe(p => p.EndsWith(' ')); // word boundaries: no word is cut in two
        pieces.Count.ShouldBe(6);
    }

    [Fact]
    public void A_word_longer_than_a_piece_is_cut_hard_but_never_inside_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 1500)); // 3,000 UTF-16 units, no whitespace
        var pieces = RichTextSplitter.SplitText(emoji);

        string.Concat(pieces).ShouldBe(emoji);
        pieces.All(p => p.Length <= 2000 && !char.IsHighSurrogate(p[^1]) && !char.IsLowSurrogate(p[0])).ShouldBeTrue();
    }

    [Fact]
    public void An_over_long_element_becomes_several_with_the_same_annotations_and_link()
    {
        var element = new JsonObject
        {
            ["type"] = "text",
            ["text"] = new JsonObject { ["content"] = NotionBlocks.Words(4_500), ["link"] = new JsonObject { ["url"] = "https://example.com" } },
            ["annotations"] = new JsonObject { ["bold"] = true },
        };
        var mention = new JsonObject { ["type"] = "mention", ["mention"] = new JsonObject { ["page"] = new JsonObject { ["id"] = "x" } } };

        var split = RichTextSplitter.Split(new JsonArray(element, mention));

        split.Count.ShouldBe(4);
        split.Take(3).ShouldAllBe(e => e!["annotations"]!["bold"]!.GetValue<bool>() && e["text"]!["link"]!["url"]!.GetValue<string>() == "https://example.com");
        split[3]!["type"]!.GetValue<string>().ShouldBe("mention");
    }

    [Fact]
    public void More_than_100_elements_after_splitting_is_refused_naming_the_field()
    {
        var many = RichTextSplitter.FromText(NotionBlocks.Words(201 * 2000));

        var e = Should.Throw<NotionApiException>(() => RichTextSplitter.SplitWithin(many, "properties.Notes.rich_text"));

        e.Code.ShouldBe(NotionErrorCodes.ValidationError);
        e.Field.ShouldBe("properties.Notes.rich_text");
    }
}
