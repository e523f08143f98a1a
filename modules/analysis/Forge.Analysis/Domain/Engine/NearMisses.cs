using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Near misses named together on one line (ADR 66): when the writer weighed two siblings and chose one ("evaluated Istio;
/// we chose Linkerd", "Pulumi instead of Terraform", "Terraform 대신 Pulumi", "Tableau와 Power BI를 비교해 Power BI 도입"),
/// the one passed over is not evidence. A migration ("moved the Terraform modules to Pulumi") shows both and is left alone.
/// </summary>
internal static partial class NearMisses
{
    // The name written right after is passed over: "Pulumi instead of Terraform".
    [GeneratedRegex(@"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PassesOverNext();

    // The name written right before is passed over: "Terraform 대신 Pulumi".
    [GeneratedRegex(@"^[은는을를이가의]?\s*대신")]
    private static partial Regex PassesOverPrevious();

    // A choice: English names the chosen one after the verb, Korean before it.
    [GeneratedRegex(@"\b(?:chose|chosen|choose|picked|selected|went\s+with|opted\s+for|settled\s+on|decided\s+on|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChoseNext();

    [GeneratedRegex(@"선택|채택|도입")]
    private static partial Regex ChosePrevious();

    [GeneratedRegex(@"\b(?:evaluat\w*|consider\w*|compar\w*|trial(?:l?ed)?|assess\w*|shortlist\w*)\b|검토|비교|고려", RegexOptions.IgnoreCase)]
    private static partial Regex Weighed();

    public static HashSet<SkillMention> PassedOver(TextLine line, IReadOnlyList<SkillMention> mentions)
    {
        var passed = new HashSet<SkillMention>(ReferenceEqualityComparer.Instance);
        var withSiblings = mentions.Where(m => mentions.Any(o => o.Skill.Siblings.Contains(m.Skill))).OrderBy(m => m.Start).ToList();
        if (withSiblings.Count < 2) return passed;
        var text = line.Text;
        int At(SkillMention m) => m.Start - line.Start;
        int End(SkillMention m) => m.End - line.Start;
        for (var i = 0; i < withSiblings.Count; i++)
        {
            var m = withSiblings[i];
            var before = i > 0 ? text[End(withSiblings[i - 1])..At(m)] : text[..At(m)];
            var after = i + 1 < withSiblings.Count ? text[End(m)..At(withSiblings[i + 1])] : text[End(m)..];
            if (PassesOverNext().IsMatch(before) || PassesOverPrevious().IsMatch(after)) passed.Add(m);
        }
        if (!Weighed().IsMatch(text)) return passed;
        var chosen = new List<SkillMention>();
        foreach (Match c in ChoseNext().Matches(text))
            if (withSiblings.FirstOrDefault(m => At(m) >= c.Index + c.Length && At(m) - (c.Index + c.Length) <= 40) is { } next) chosen.Add(next);
        foreach (Match c in ChosePrevious().Matches(text))
            if (withSiblings.LastOrDefault(m => End(m) <= c.Index && c.Index - End(m) <= 20) is { } previous) chosen.Add(previous);
        foreach (var choice in chosen)
        foreach (var m in withSiblings)
            if (m.Skill != choice.Skill && m.Skill.Siblings.Contains(choice.Skill) && chosen.All(x => x.Skill != m.Skill)) passed.Add(m);
        return passed;
    }
}
