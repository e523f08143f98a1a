namespace Forge.Analysis.Domain.Engine;

/// <summary>A skill the posting asks for, where it first asks, and the line it asks on.</summary>
internal sealed record PostingSkill(Skill Skill, PostingSection Section, int FirstPosition);

/// <summary>What the engine read from a posting.</summary>
internal sealed record PostingProfile(
    string Text,
    string Language,
    IReadOnlyList<PostingLine> Lines,
    IReadOnlyList<PostingSkill> Essential,
    IReadOnlyList<PostingSkill> Preferred,
    IReadOnlyList<PostingSkill> Responsibilities,
    YearsRequirement Years,
    IReadOnlyList<SkillMention> Mentions)
{
    public string Title => Lines.FirstOrDefault(l => l.Section == PostingSection.Title) is { Line.Text: { } text } line
        ? text[line.ContentStart..].Trim()
        : "";

    public IEnumerable<string> TextOf(PostingSection section) =>
        Lines.Where(l => l.Section == section).Select(l => l.Line.Text[l.ContentStart..]);
}

/// <summary>What the engine read from a resume.</summary>
internal sealed record ResumeProfile(
    string Text,
    IReadOnlyList<TextLine> Lines,
    ResumeSection[] Sections,
    bool HasHeadings,
    IReadOnlyList<SkillMention> Mentions,
    ExperienceTotal Experience);
