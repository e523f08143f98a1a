using System.Text;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Skills;

/// <summary>
/// A built-in skill as the original's SKILL.md read (reference §3.1): front matter, then the databases with their
/// properties and views and the page structure, written from the skill's Korean data (its English keywords kept).
/// </summary>
internal static class BuiltInSkillText
{
    public static SkillDetailView View(SkillDefinition skill) =>
        new(skill.Id, skill.Name.Ko, skill.Description.Ko, [.. skill.Keywords.Ko, .. skill.Keywords.En], Render(skill), false, null, null);

    public static string Render(SkillDefinition skill)
    {
        var content = skill.Content.Ko;
        var text = new StringBuilder();
        text.Append("---\nname: ").Append(skill.Id)
            .Append("\ndescription: ").Append(skill.Description.Ko)
            .Append("\nkeywords: ").AppendJoin(',', skill.Keywords.Ko.Concat(skill.Keywords.En))
            .Append("\nlayout: ").Append(skill.TemplateType).Append("\n---\n\n");
        text.Append("# ").Append(skill.Name.Ko).Append(" (").Append(skill.Name.En).Append(")\n\n").Append(content.Intro).Append('\n');
        foreach (var db in new[] { content.Primary, content.Secondary }.Where(d => d.Properties.Count > 0))
        {
            text.Append("\n## DB: ").Append(db.Title).Append("\n\n### DB Properties\n");
            foreach (var p in db.Properties) text.Append("- ").Append(p.Name).Append(": ").Append(p.Type).Append(Options(p)).Append('\n');
            text.Append("\n### Views\n");
            for (var i = 0; i < db.Views.Count; i++) text.Append(i + 1).Append(". ").Append(db.Views[i].Type).Append(db.Views[i].Title is { } t ? $" ({t})" : "").Append('\n');
        }

        if (content.SubPages.Count > 0) text.Append("\n## Pages\n").AppendJoin("", content.SubPages.Select(p => $"- {p.Icon} {p.Title}\n"));
        if (content.Tips.Count > 0) text.Append("\n## Tips\n").AppendJoin("", content.Tips.Select(t => $"- {t}\n"));
        return text.ToString();
    }

    private static string Options(PropertyDto p) => p.Options is { Count: > 0 } o ? $" ({string.Join(", ", o.Select(x => x.Name))})" : "";
}
