namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// A skill written in a text at [Start, Start+Length), on line <see cref="Line"/>. <see cref="NotEvidence"/>
/// marks a mention the writer qualified as only learning, not used, or merely of interest, or one in a clause about
/// another party's work (<see cref="OthersWork"/>), or a near miss the writer weighed and passed over for a sibling
/// (<see cref="PassedOver"/>: "evaluated Istio; we chose Linkerd", "Terraform 대신 Pulumi"; ADR 66).
/// </summary>
internal sealed record SkillMention(Skill Skill, int Start, int Length, int Line, bool NotEvidence, bool OthersWork = false, bool PassedOver = false)
{
    public int End => Start + Length;
}
