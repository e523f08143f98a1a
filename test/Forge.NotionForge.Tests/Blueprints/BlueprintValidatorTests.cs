using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;
using static Forge.NotionForge.Tests.Blueprints.SampleBlueprints;

namespace Forge.NotionForge.Tests.Blueprints;

public sealed class BlueprintValidatorTests
{
    private static IEnumerable<string> Fields(BlueprintDto blueprint) => BlueprintValidator.Validate(blueprint).Select(e => e.Field);

    [Fact]
    public void A_well_formed_blueprint_has_no_errors() => BlueprintValidator.Validate(Valid()).ShouldBeEmpty();

    [Fact]
    public void A_missing_blueprint_or_title_is_named()
    {
        BlueprintValidator.Validate(null).Single().Field.ShouldBe("blueprint");
        Fields(Valid() with { Title = " ", TemplateType = "poster" }).ShouldBe(["title", "template_type"]);
    }

    [Fact]
    public void A_board_needs_a_select_or_status_property()
    {
        var noGroup = Valid().WithDatabase(0, d => d with { Views = [new ViewDto { Type = "board" }] });
        Fields(noGroup).ShouldBe(["databases[0].views[0].type"]);

        var wrongGroup = Valid().WithDatabase(1, d => d with { Views = [new ViewDto { Type = "board", GroupBy = "Tags" }] });
        Fields(wrongGroup).ShouldBe(["databases[1].views[0].group_by"]);
    }

    [Fact]
    public void Calendar_and_timeline_need_a_date_property()
    {
        var blueprint = Valid().WithDatabase(1, d => d with { Views = [new ViewDto { Type = "calendar" }, new ViewDto { Type = "timeline", DateProperty = "Status" }, new ViewDto { Type = "map" }] });
        Fields(blueprint).ShouldBe(["databases[1].views[0].type", "databases[1].views[1].date_property", "databases[1].views[2].type"]);
    }

    [Fact]
    public void Relation_targets_must_exist_and_sample_relations_must_name_target_rows()
    {
        var badTarget = Valid().WithDatabase(1, d => d with { Properties = d.Properties.Select(p => p.Type == "relation" ? p with { TargetDbIndex = 5 } : p).ToList() });
        Fields(badTarget).ShouldBe(["databases[1].properties[2].target_db_index"]);

        var badRow = Valid().WithDatabase(1, d => d with { SampleRows = [Row(("Task", "Draft"), ("Project", new[] { "Nope" }))] });
        Fields(badRow).ShouldBe(["databases[1].sample_rows[0].values.Project"]);
    }

    [Fact]
    public void Property_names_are_unique_regardless_of_case_and_exactly_one_is_the_title()
    {
        var blueprint = Valid().WithDatabase(0, d => d with { Properties = [Prop("Name", "title"), Prop("name", "rich_text"), Prop("Due", "date"), Prop("X", "colour")] });
        Fields(blueprint).ShouldBe(["databases[0].properties[1].name", "databases[0].properties[3].type"]);

        var twoTitles = Valid().WithDatabase(0, d => d with { Properties = [Prop("Name", "title"), Prop("Other", "title"), Prop("Due", "date")] });
        Fields(twoTitles).ShouldBe(["databases[0].properties"]);
    }

    [Fact]
    public void Notion_size_limits_are_enforced_before_sending()
    {
        var longText = new string('가', NotionLimits.RichTextChars + 1);
        var options = Enumerable.Range(0, 101).Select(i => new SelectOptionDto { Name = $"o{i}" }).ToList();
        var blueprint = Valid()
            .WithDatabase(1, d => d with { Properties = d.Properties.Select(p => p.Type == "multi_select" ? p with { Options = options } : p).ToList() })
            .WithDatabase(0, d => d with { SampleRows = [Row(("Name", "Website"), ("Due", "02/01/2026"))] }) with
            {
                SubPages = [new SubPageDto { Title = "Guide", Blocks = [new BlockDto { Type = "paragraph", Text = longText }] }],
            };
        Fields(blueprint).ShouldBe(["databases[0].sample_rows[0].values.Due", "databases[1].properties[3].options", "sub_pages[0].blocks[0].text"]);
    }

    [Fact]
    public void Block_references_resolve_and_databases_stay_out_of_columns()
    {
        var blueprint = Valid() with
        {
            Blocks =
            [
                new BlockDto { Type = "linked_view", DbIndex = 0, ViewType = "board" },
                new BlockDto { Type = "link_to_page", SubPageRef = "Missing" },
                new BlockDto { Type = "column_list", Columns = [new ColumnDto { Blocks = [new BlockDto { Type = "database_ref", DbIndex = 9 }] }] },
                new BlockDto { Type = "divider", Children = [new BlockDto { Type = "paragraph" }] },
                new BlockDto { Type = "hologram" },
            ],
        };
        Fields(blueprint).ShouldBe([
            "blocks[0].view_type", "blocks[1].sub_page_ref", "blocks[2].columns", "blocks[2].columns[0].blocks[0].type",
            "blocks[2].columns[0].blocks[0].db_index", "blocks[3].children", "blocks[4].type",
        ]);
    }

    [Fact]
    public void Rollups_need_a_relation_of_the_same_database_and_a_target_property()
    {
        var blueprint = Valid().WithDatabase(1, d => d with
        {
            Properties = [.. d.Properties,
                Prop("Count", "rollup") with { RelationProperty = "Project", TargetProperty = "Budget", Function = "sum" },
                Prop("Bad", "rollup") with { RelationProperty = "Tags", Function = "explode" },
                Prop("F", "formula")],
        });
        Fields(blueprint).ShouldBe(["databases[1].properties[4].target_property", "databases[1].properties[5].function", "databases[1].properties[5].relation_property", "databases[1].properties[6].expression"]);
    }

    [Fact]
    public void A_blueprint_beyond_the_workspace_block_limit_is_refused()
    {
        var blocks = Enumerable.Range(0, NotionLimits.FreeWorkspaceBlocks).Select(i => new BlockDto { Type = "paragraph", Text = $"p{i}" }).ToList();
        Fields(Valid() with { Blocks = blocks }).ShouldBe(["blocks"]);
    }
}
