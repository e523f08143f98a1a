using System.Text.Json;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Tests.Blueprints;

/// <summary>A small valid blueprint (tasks related to projects) the validator tests break one field at a time.</summary>
internal static class SampleBlueprints
{
    public static BlueprintDto Valid() => new()
    {
        Title = "Team hub",
        Icon = "📊",
        TemplateType = "dashboard",
        ColorTheme = "blue",
        Blocks =
        [
            new BlockDto { Type = "callout", Text = "Welcome", Icon = "💡", Color = "gray_background" },
            new BlockDto
            {
                Type = "column_list",
                WidthRatios = [0.5, 0.5],
                Columns =
                [
                    new ColumnDto { Blocks = [new BlockDto { Type = "link_to_page", SubPageRef = "Guide" }] },
                    new ColumnDto { Blocks = [new BlockDto { Type = "linked_view", DbIndex = 1, ViewType = "board" }] },
                ],
            },
            new BlockDto { Type = "database_ref", DbIndex = 0 },
            new BlockDto { Type = "database_ref", DbIndex = 1 },
        ],
        Databases =
        [
            new DatabaseDto
            {
                Title = "Projects",
                Properties = [Prop("Name", "title"), Prop("Due", "date")],
                Views = [new ViewDto { Type = "table" }, new ViewDto { Type = "calendar", DateProperty = "Due" }],
                SampleRows = [Row(("Name", "Website"), ("Due", "2026-02-01"))],
            },
            new DatabaseDto
            {
                Title = "Tasks",
                Properties =
                [
                    Prop("Task", "title"),
                    Prop("Status", "status") with { Options = [new SelectOptionDto { Name = "Todo" }, new SelectOptionDto { Name = "Done", Color = "green" }] },
                    Prop("Project", "relation") with { TargetDbIndex = 0 },
                    Prop("Tags", "multi_select") with { Options = [new SelectOptionDto { Name = "ops" }] },
                ],
                Views = [new ViewDto { Type = "board", GroupBy = "Status" }],
                SampleRows = [Row(("Task", "Draft"), ("Status", "Todo"), ("Project", new[] { "Website" }), ("Tags", new[] { "ops" }))],
            },
        ],
        SubPages = [new SubPageDto { Title = "Guide", Blocks = [new BlockDto { Type = "paragraph", Text = "How we work" }] }],
    };

    /// <summary>
    /// The acceptance size: 5 databases (each related to the first, 3 rows, a board and a calendar), 10 sub
    /// pages of 26 blocks (a heading, a callout with two bullets, paragraphs, a toggle with a nested paragraph), and a
    /// main page linking every sub page and showing every database.
    /// </summary>
    public static BlueprintDto Large()
    {
        var databases = Enumerable.Range(0, 5).Select(i => new DatabaseDto
        {
            Title = $"DB {i}",
            Properties =
            [
                Prop("Name", "title"),
                Prop("State", "select") with { Options = [new SelectOptionDto { Name = "Open" }, new SelectOptionDto { Name = "Closed" }] },
                Prop("When", "date"),
                Prop("Link", "relation") with { TargetDbIndex = 0 },
            ],
            Views = [new ViewDto { Type = "table" }, new ViewDto { Type = "board", GroupBy = "State" }, new ViewDto { Type = "calendar", DateProperty = "When" }],
            SampleRows = Enumerable.Range(0, 3).Select(r => Row(("Name", $"Row {i}.{r}"), ("State", "Open"), ("When", "2026-03-01"), ("Link", new[] { $"Row 0.{r}" }))).ToList(),
        }).ToList();
        var subPages = Enumerable.Range(0, 10).Select(i => new SubPageDto
        {
            Title = $"Page {i}",
            Blocks =
            [
                new BlockDto { Type = "heading_2", Text = $"Section {i}" },
                new BlockDto { Type = "callout", Text = "Note", Children = [new BlockDto { Type = "bulleted_list", Text = "a" }, new BlockDto { Type = "bulleted_list", Text = "b" }] },
                .. Enumerable.Range(0, 20).Select(p => new BlockDto { Type = "paragraph", Text = $"Paragraph {p}" }),
                new BlockDto { Type = "toggle", Text = "More", Children = [new BlockDto { Type = "paragraph", Text = "Hidden" }] },
            ],
        }).ToList();
        return new BlueprintDto
        {
            Title = "Large",
            TemplateType = "hub",
            Blocks = [.. subPages.Select(p => new BlockDto { Type = "link_to_page", SubPageRef = p.Title }),
                      .. databases.Select((_, i) => new BlockDto { Type = "database_ref", DbIndex = i })],
            Databases = databases,
            SubPages = subPages,
        };
    }

    public static PropertyDto Prop(string name, string type) => new() { Name = name, Type = type };

    public static SampleRowDto Row(params (string Name, object Value)[] values) => new()
    {
        Values = values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value)),
    };

    /// <summary>Replaces database <paramref name="index"/> through <paramref name="change"/>.</summary>
    public static BlueprintDto WithDatabase(this BlueprintDto blueprint, int index, Func<DatabaseDto, DatabaseDto> change) =>
        blueprint with { Databases = blueprint.Databases.Select((d, i) => i == index ? change(d) : d).ToList() };
}
