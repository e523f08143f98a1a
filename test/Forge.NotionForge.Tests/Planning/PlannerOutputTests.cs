using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Tests.Planning;

public sealed class PlannerOutputTests
{
    [Theory]
    [InlineData("프로젝트 관리 대시보드 만들어줘")]
    [InlineData("Weekly meal planner with recipes and groceries, detailed")]
    public void The_same_prompt_gives_the_same_blueprint_byte_for_byte(string prompt)
    {
        var first = BlueprintJson.Serialize(BuiltInPlanner.Plan(prompt).Blueprint);
        var second = BlueprintJson.Serialize(BuiltInPlanner.Plan(new string(prompt.ToCharArray())).Blueprint);
        second.ShouldBe(first);
        first.ShouldContain(BuiltInPlanner.Plan(prompt).Blueprint.Title); // Hangul is written as itself, not escaped
    }

    [Theory]
    [InlineData("간단한 습관 트래커", null, "simple")]
    [InlineData("습관 트래커", null, "standard")]
    [InlineData("상세한 습관 트래커 만들어줘", null, "advanced")]
    [InlineData("a detailed habit tracker", null, "advanced")]
    [InlineData("a simple habit tracker", "advanced", "advanced")]
    [InlineData("5개 DB + 하위 페이지 10개 프로젝트 대시보드", null, "advanced")]
    [InlineData("habit tracker with 2 databases", null, "advanced")]
    [InlineData("habit tracker with 1 database", null, "standard")]
    public void Complexity_comes_from_the_prompt_unless_the_options_name_it(string prompt, string? option, string expected)
    {
        var result = BuiltInPlanner.Plan(prompt, new PlanOptions { Complexity = option });
        result.Blueprint.Complexity.ShouldBe(expected);
        var (databases, subPages) = expected switch { "simple" => (1, 0), "standard" => (1, 2), _ => (2, 3) };
        result.Blueprint.Databases.Count.ShouldBe(databases);
        result.Blueprint.SubPages.Count.ShouldBe(subPages);
        (result.Blueprint.Faq is not null).ShouldBe(expected == "advanced");
    }

    [Fact]
    public void Sample_data_follows_include_sample_data_and_sample_count()
    {
        BuiltInPlanner.Plan("CRM", new PlanOptions { IncludeSampleData = false, Complexity = "advanced" }).Blueprint.Databases
            .ShouldAllBe(d => d.SampleRows.Count == 0);

        var many = BuiltInPlanner.Plan("고객 관리 CRM", new PlanOptions { SampleCount = 12, Complexity = "advanced" }).Blueprint;
        many.Databases.ShouldAllBe(d => d.SampleRows.Count == 12);
        many.Databases[0].SampleRows[5].Values["고객명"].GetString().ShouldBe("김민수 2");
        BlueprintValidator.Validate(many).ShouldBeEmpty();

        // Two primary rows: the related database's samples keep only relations to rows that still exist.
        var few = BuiltInPlanner.Plan("고객 관리 CRM", new PlanOptions { SampleCount = 2, Complexity = "advanced" }).Blueprint;
        BlueprintValidator.Validate(few).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("습관 대시보드", "dashboard")]
    [InlineData("독서 기록 칸반 보드", "kanban")]
    [InlineData("meeting notes calendar", "calendar")]
    [InlineData("reading wiki", "wiki")]
    [InlineData("reading log", "database")]
    public void Template_type_comes_from_the_prompt_or_the_skill(string prompt, string templateType) =>
        BuiltInPlanner.Plan(prompt).Blueprint.TemplateType.ShouldBe(templateType);

    [Fact]
    public void Language_follows_the_prompt_unless_the_options_name_it()
    {
        BuiltInPlanner.Plan("habit tracker").Blueprint.Title.ShouldBe("Habit tracker");
        BuiltInPlanner.Plan("습관 트래커").Blueprint.Title.ShouldBe("습관 트래커");
        BuiltInPlanner.Plan("habit tracker", new PlanOptions { Language = "ko" }).Blueprint.Title.ShouldBe("습관 트래커");
    }

    [Fact]
    public void The_main_page_has_a_callout_columns_and_a_linked_view()
    {
        var blueprint = BuiltInPlanner.Plan("프로젝트 관리").Blueprint;
        blueprint.Blocks.Select(b => b.Type).ShouldBe(["callout", "column_list", "divider", "heading_2", "database_ref", "heading_2", "linked_view"]);
        blueprint.Blocks[1].Columns![0].Blocks.Where(b => b.Type == "link_to_page").Select(b => b.SubPageRef)
            .ShouldBe(blueprint.SubPages.Select(p => p.Title));
    }

    [Fact]
    public void Modification_requests_are_told_apart()
    {
        BuiltInPlanner.Plan("DB에 '우선순위' select 속성 추가해줘").Analysis.Intent.ShouldBe(PlanIntents.Modify);
        BuiltInPlanner.Plan("프로젝트 관리 대시보드").Analysis.Intent.ShouldBe(PlanIntents.Create);
    }
}
