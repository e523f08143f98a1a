using System.Text.Json;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Tests.Blueprints;

/// <summary>Every shipped skill (both languages, every complexity) and recipe yields a blueprint the validator accepts.</summary>
public sealed class BuiltInDataTests
{
    public static TheoryData<string, string, string> SkillCombinations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var skill in SkillCatalog.BuiltIn)
            foreach (var language in new[] { "ko", "en" })
                foreach (var complexity in PlanOptions.Complexities)
                    data.Add(skill.Id, language, complexity);
        return data;
    }

    [Fact]
    public void At_least_twelve_skills_with_korean_and_english_keywords_ship()
    {
        SkillCatalog.BuiltIn.Count.ShouldBeGreaterThanOrEqualTo(12);
        SkillCatalog.BuiltIn.Select(s => s.Id).ShouldBe([
            "budget", "content_calendar", "course_tracker", "crm", "habit_tracker", "journal", "meal_planner",
            "meeting_notes", "okr", "project_management", "reading_log", "travel_planner",
        ]);
        SkillCatalog.BuiltIn.ShouldAllBe(s => s.Keywords.Ko.Count >= 3 && s.Keywords.En.Count >= 3);
    }

    [Theory]
    [MemberData(nameof(SkillCombinations))]
    public void Every_skill_composes_a_valid_blueprint(string skillId, string language, string complexity)
    {
        var skill = SkillCatalog.Find(skillId)!;
        var prompt = (language == "ko" ? skill.Keywords.Ko : skill.Keywords.En)[0];
        var result = BuiltInPlanner.Plan(prompt, new PlanOptions { Complexity = complexity, Language = language });
        result.Analysis.Skill.Id.ShouldBe(skillId);
        BlueprintValidator.Validate(result.Blueprint).ShouldBeEmpty();
        result.Blueprint.Databases.Count.ShouldBe(complexity == "advanced" ? 2 : 1);
    }

    [Fact]
    public void At_least_six_recipes_ship_and_each_blueprint_is_valid()
    {
        RecipeCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var recipe in RecipeCatalog.All)
        {
            BlueprintValidator.Validate(recipe.Blueprint).ShouldBeEmpty(recipe.Id);
            recipe.Id.ShouldMatch("^[a-z0-9-]{1,100}$");
            new[] { recipe.Name, recipe.NameEn, recipe.Description, recipe.DescriptionEn }.ShouldAllBe(s => !string.IsNullOrWhiteSpace(s));
            recipe.Blueprint.Databases.Count.ShouldBeGreaterThanOrEqualTo(2);
        }
    }

    [Fact]
    public void Recipe_listing_filters_and_leaves_the_blueprint_out()
    {
        RecipeCatalog.List(category: "business").Select(r => r.Id).ShouldBe(["crm-dashboard"]);
        RecipeCatalog.List(search: "독서").Select(r => r.Id).ShouldBe(["reading-log"]);
        RecipeCatalog.List(search: "TRAVEL").Select(r => r.Id).ShouldBe(["travel-itinerary"]);
        RecipeCatalog.Categories().ShouldBe(["business", "lifestyle", "marketing", "productivity"]);

        var json = JsonSerializer.Serialize(RecipeCatalog.List(), BlueprintJson.Options);
        json.ShouldNotContain("\"blueprint\"");
        json.ShouldContain("\"name_en\":\"CRM dashboard\"");
        JsonSerializer.Serialize(RecipeCatalog.Find("crm-dashboard"), BlueprintJson.Options).ShouldContain("\"blueprint\":{");
    }

    [Fact]
    public void Recipes_use_relations_rollups_and_formulas()
    {
        var crm = RecipeCatalog.Find("crm-dashboard")!.Blueprint;
        crm.Databases.SelectMany(d => d.Properties).Select(p => p.Type).ShouldContain("rollup");
        crm.Databases.SelectMany(d => d.Properties).Select(p => p.Type).ShouldContain("formula");
        crm.Databases[0].Properties.Single(p => p.Name == "거래").TargetDbIndex.ShouldBe(1);
    }
}
