namespace Forge.Analysis.Domain.Engine;

internal enum SkillStatus { Missing, Learning, Matched }

/// <summary>
/// The engine's judgement of one posting skill against the resume, before it is put into words. <see cref="Instead"/>:
/// for a missing skill, the near misses the resume shows in its place (Pulumi for Terraform; ADR 66);
/// <see cref="OthersOnly"/>: the resume names the skill only in another party's work.
/// </summary>
internal sealed record SkillVerdict(PostingSkill Asked, SkillStatus Status, int Rating, IReadOnlyList<SkillMention> Evidence, int UsedLines,
    IReadOnlyList<Skill>? Instead = null, bool OthersOnly = false)
{
    public Skill Skill => Asked.Skill;

    /// <summary>How much the skill counts towards a score: listed 0.85, used 0.95, used repeatedly 1, learning 0.2.</summary>
    public double Credit => Rating switch { 5 => 1.0, 4 => 0.95, 3 => 0.85, 1 => 0.2, _ => 0.0 };
}
