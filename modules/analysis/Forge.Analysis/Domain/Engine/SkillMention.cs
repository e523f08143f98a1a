namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// A skill written in a text at [Start, Start+Length), on line <see cref="Line"/>. <see cref="NotEvidence"/>
/// marks a mention the writer qualified as only learning, not used, or merely of interest.
/// </summary>
internal sealed record SkillMention(Skill Skill, int Start, int Length, int Line, bool NotEvidence)
{
    public int End => Start + Length;
}
