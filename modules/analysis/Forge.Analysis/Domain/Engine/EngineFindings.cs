namespace Forge.Analysis.Domain.Engine;

/// <summary>Everything the scorers and writers work from: the two readings and the skill verdicts.</summary>
internal sealed record EngineFindings(
    PostingProfile Posting,
    ResumeProfile Resume,
    IReadOnlyList<SkillVerdict> Essential,
    IReadOnlyList<SkillVerdict> Preferred,
    IReadOnlyList<SkillVerdict> Duties,
    Phrasebook Phrases)
{
    public string Title => Posting.Title.Length > 0 ? Posting.Title : Phrases is KoreanPhrasebook ? "지원 포지션" : "this position";

    public static IReadOnlyList<string> Names(IEnumerable<SkillVerdict> verdicts, SkillStatus status) =>
        verdicts.Where(v => v.Status == status).Select(v => v.Skill.Name).ToList();

    /// <summary>The resume line of a mention, trimmed and cut to a readable length, for quoting.</summary>
    public string Passage(SkillMention mention, int max = 80)
    {
        var line = Resume.Lines[mention.Line].Text.Trim().TrimStart('-', '•', '*', '·', ' ');
        return line.Length <= max ? line : line[..max].TrimEnd() + "…";
    }
}
