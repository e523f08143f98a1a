using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.NotionForge.Notion.Limits;

namespace Forge.NotionForge.Tests.Notion;

public class PropertyLimitsTests
{
    [Theory]
    [InlineData("multi_select")]
    [InlineData("relation")]
    [InlineData("people")]
    public void A_value_over_100_entries_is_refused_naming_the_property(string type)
    {
        var entries = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["id"] = $"e{i}" })]);
        var properties = new JsonObject { ["Tags"] = new JsonObject { [type] = entries } };

        var e = Should.Throw<NotionApiException>(() => PropertyLimits.CheckValues(properties));

        e.Code.ShouldBe(NotionErrorCodes.ValidationError);
        e.Field.ShouldBe($"properties.Tags.{type}");
    }

    [Fact]
    public void A_value_of_exactly_100_entries_passes()
    {
        var entries = new JsonArray([.. Enumerable.Range(0, 100).Select(i => (JsonNode)new JsonObject { ["name"] = $"o{i}" })]);

        var checkedValues = PropertyLimits.CheckValues(new JsonObject { ["Tags"] = new JsonObject { ["multi_select"] = entries } });

        ((JsonArray)checkedValues["Tags"]!["multi_select"]!).Count.ShouldBe(100);
    }

    [Fact]
    public void Title_and_rich_text_values_are_split()
    {
        var properties = new JsonObject
        {
            ["Name"] = new JsonObject { ["title"] = RichTextSplitter.FromText("short") },
            ["Notes"] = new JsonObject { ["rich_text"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["content"] = NotionBlocks.Words(5_000) } }) },
        };

        var result = PropertyLimits.CheckValues(properties);

        ((JsonArray)result["Notes"]!["rich_text"]!).Count.ShouldBe(3);
        ((JsonArray)result["Name"]!["title"]!).Count.ShouldBe(1);
    }
}
