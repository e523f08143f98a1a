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

    public static PropertyDto Prop(string name, string type) => new() { Name = name, Type = type };

    public static SampleRowDto Row(params (string Name, object Value)[] values) => new()
    {
        Values = values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value)),
    };

    /// <summary>Replaces database <paramref name="index"/> through <paramref name="change"/>.</summary>
    public static BlueprintDto WithDatabase(this BlueprintDto blueprint, int index, Func<DatabaseDto, DatabaseDto> change) =>
        blueprint with { Databases = blueprint.Databases.Select((d, i) => i == index ? change(d) : d).ToList() };
}
