using System.Text;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Tests.Blueprints;

/// <summary>Blueprints as a client or provider sends them (snake_case JSON), and one of the acceptance size.</summary>
public sealed class BlueprintWireTests
{
    private const string Posted = """
        {
          "title": "독서 기록", "template_type": "tracker", "color_theme": "brown",
          "blocks": [
            { "type": "callout", "text": "안녕하세요", "icon": "📚", "color": "brown_background" },
            { "type": "linked_view", "db_index": 0, "view_type": "calendar" }
          ],
          "databases": [{
            "title": "책", "is_inline": true,
            "properties": [ { "name": "제목", "type": "title" }, { "name": "상태", "type": "select", "options": [ { "name": "읽는 중", "color": "blue" } ] } ],
            "views": [ { "type": "board", "group_by": "상태" }, { "type": "timeline" } ],
            "sample_rows": [ { "icon": "📕", "values": { "제목": "아몬드", "상태": "읽는 중", "쪽수": 3 } } ]
          }],
          "sub_pages": [ { "title": "메모" } ]
        }
        """;

    [Fact]
    public void Snake_case_json_reads_into_the_model_and_errors_name_wire_paths()
    {
        var blueprint = BlueprintJson.Deserialize<BlueprintDto>(new MemoryStream(Encoding.UTF8.GetBytes(Posted)));
        blueprint.TemplateType.ShouldBe("tracker");
        blueprint.Databases[0].Views[0].GroupBy.ShouldBe("상태");

        BlueprintValidator.Validate(blueprint).Select(e => e.Field).ShouldBe([
            "databases[0].views[1].type", "databases[0].sample_rows[0].values.쪽수", "blocks[1].view_type",
        ]);
    }

    [Fact]
    public void Written_json_uses_the_wire_names_and_leaves_nulls_out()
    {
        var json = BlueprintJson.Serialize(SampleBlueprints.Valid());
        json.ShouldContain("\"template_type\":\"dashboard\"");
        json.ShouldContain("\"sub_page_ref\":\"Guide\"");
        json.ShouldContain("\"target_db_index\":0");
        json.ShouldNotContain("null");
    }

    [Fact]
    public void Five_databases_ten_sub_pages_and_three_hundred_blocks_validate_within_the_block_limit()
    {
        var blueprint = SampleBlueprints.Large();
        BlueprintValidator.Validate(blueprint).ShouldBeEmpty();
        // 11 pages; 5 × (create, 3 rows, relation update); one append per page body (views are not created; ADR 51).
        // Blocks: 11 pages + 5 databases + 15 rows + 10 links + 10 × 26.
        BlueprintEstimator.Estimate(blueprint).ShouldBe(new BlueprintEstimateDto(11 + 5 * 5 + 11, 15.7, 301, NotionLimits.FreeWorkspaceBlocks));
    }
}
