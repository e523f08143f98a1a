using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Tests.Blueprints;

public sealed class BlueprintEstimatorTests
{
    private static BlueprintDto Page(params BlockDto[] blocks) => new() { Title = "P", TemplateType = "wiki", Blocks = blocks };

    [Fact]
    public void Counts_pages_databases_rows_schema_updates_views_and_appends()
    {
        // 2 pages (the sub page's paragraph rides with its create) + (create, 1 row) + (create, 1 row, relation update)
        // + views (Projects' table is the default view; its calendar needs a schema read for the date property's id,
        // then the view; Tasks' board takes the ids from the relation update's answer) + 1 main append (its links
        // point at pages and databases created after the main page; ADR 58).
        BlueprintEstimator.Estimate(SampleBlueprints.Valid()).ShouldBe(new BlueprintEstimateDto(11, 3.7, 13, 1000));
    }

    [Fact]
    public void A_body_rides_with_its_page_up_to_100_children_and_the_rest_is_appended()
    {
        var blocks = Enumerable.Range(0, 150).Select(_ => new BlockDto { Type = "paragraph" }).ToArray();
        BlueprintEstimator.Estimate(Page(blocks)).ShouldBe(new BlueprintEstimateDto(2, 0.7, 151, 1000));
    }

    [Fact]
    public void Content_below_two_nesting_levels_costs_a_follow_up_append()
    {
        var deep = new BlockDto
        {
            Type = "toggle",
            Children = [new BlockDto { Type = "toggle", Children = [new BlockDto { Type = "toggle", Children = [new BlockDto { Type = "paragraph" }] }] }],
        };
        BlueprintEstimator.Estimate(Page(deep)).ShouldBe(new BlueprintEstimateDto(3, 1.0, 5, 1000));
    }

    [Fact]
    public void Linked_views_are_appended_links_and_the_faq_is_a_heading_and_toggles()
    {
        var blueprint = Page(new BlockDto { Type = "linked_view", DbIndex = 0 }) with
        {
            Faq = [new FaqDto { Q = "q1", A = "a1" }, new FaqDto { Q = "q2", A = "a2" }],
        };
        // page + one append (the link, the heading, 2 toggles with their answers) = 2 calls; 1 + 1 + 1 + 4 blocks.
        BlueprintEstimator.Estimate(blueprint).ShouldBe(new BlueprintEstimateDto(2, 0.7, 7, 1000));
    }
}
