using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>
/// Builds a blueprint from a skill's material by complexity (ADR 44):
/// simple — the main database with two views under an intro callout;
/// standard — every view, a two-column header (links to two sub pages | tips), a linked view of the database;
/// advanced — also the related second database, every sub page, a table of contents and the FAQ.
/// </summary>
internal static class BlueprintComposer
{
    public static BlueprintDto Compose(PromptAnalysis analysis, PlanOptions options)
    {
        var lang = analysis.Language;
        var content = analysis.Skill.Content.For(lang);
        var ko = lang == PlanLanguage.Korean;
        var complexity = analysis.Complexity;

        var primary = content.Primary with
        {
            Views = complexity == "simple" ? content.Primary.Views.Take(2).ToList() : content.Primary.Views,
            SampleRows = SampleRows.Take(content.Primary, options),
        };
        var databases = new List<DatabaseDto> { primary };
        if (complexity == "advanced")
            databases.Add(SampleRows.KeepRelatedTitles(content.Secondary with { SampleRows = SampleRows.Take(content.Secondary, options) }, primary));

        var subPages = complexity switch
        {
            "simple" => [],
            "standard" => content.SubPages.Take(2).ToList(),
            _ => content.SubPages,
        };

        return new BlueprintDto
        {
            Title = analysis.Skill.Name.For(lang),
            Icon = analysis.Skill.Icon,
            TemplateType = analysis.TemplateType,
            ColorTheme = analysis.Skill.ColorTheme,
            Skill = analysis.Skill.Id,
            Language = ko ? "ko" : "en",
            Complexity = complexity,
            Blocks = MainPage(content, databases, subPages, complexity, ko),
            Databases = databases,
            SubPages = subPages,
            Faq = complexity == "advanced" ? content.Faq : null,
        };
    }

    private static List<BlockDto> MainPage(SkillContent content, List<DatabaseDto> databases, IReadOnlyList<SubPageDto> subPages, string complexity, bool ko)
    {
        var blocks = new List<BlockDto>();
        if (complexity == "advanced") blocks.Add(new BlockDto { Type = "table_of_contents" });
        blocks.Add(new BlockDto { Type = "callout", Text = content.Intro, Icon = "💡", Color = "gray_background" });
        if (complexity != "simple")
        {
            blocks.Add(Header(content, subPages, ko));
            blocks.Add(new BlockDto { Type = "divider" });
        }

        for (var i = 0; i < databases.Count; i++)
        {
            blocks.Add(new BlockDto { Type = "heading_2", Text = $"{databases[i].Icon} {databases[i].Title}" });
            blocks.Add(new BlockDto { Type = "database_ref", DbIndex = i });
        }

        // A second look at the main database through its most telling non-table view (board, calendar, …).
        var view = databases[0].Views.FirstOrDefault(v => v.Type != "table");
        if (complexity != "simple" && view is not null)
        {
            blocks.Add(new BlockDto { Type = "heading_2", Text = view.Title ?? view.Type });
            blocks.Add(new BlockDto { Type = "linked_view", DbIndex = 0, ViewType = view.Type, Title = view.Title });
        }

        return blocks;
    }

    /// <summary>Two columns: quick links to the sub pages, and the tips as a callout with a bulleted list.</summary>
    private static BlockDto Header(SkillContent content, IReadOnlyList<SubPageDto> subPages, bool ko)
    {
        var links = new List<BlockDto> { new() { Type = "heading_3", Text = ko ? "바로가기" : "Quick links" } };
        links.AddRange(subPages.Select(p => new BlockDto { Type = "link_to_page", SubPageRef = p.Title }));
        var tips = new BlockDto
        {
            Type = "callout",
            Text = ko ? "사용 팁" : "Tips",
            Icon = "📌",
            Color = "yellow_background",
            Children = content.Tips.Select(t => new BlockDto { Type = "bulleted_list", Text = t }).ToList(),
        };
        return new BlockDto
        {
            Type = "column_list",
            Columns = [new ColumnDto { Blocks = links }, new ColumnDto { Blocks = [tips] }],
            WidthRatios = [0.4, 0.6],
        };
    }
}
