namespace Forge.Analysis.Domain.Engine;

/// <summary>A dictionary skill. <see cref="Id"/> is its position in the file, so ordering by it is stable.</summary>
internal sealed class Skill(int id, string name, string category, string domain, bool isSoft, bool evidenceOnly = false)
{
    public int Id { get; } = id;
    public string Name { get; } = name;
    public string Category { get; } = category;
    public string Domain { get; } = domain;
    public bool IsSoft { get; } = isSoft;

    /// <summary>
    /// Known only as evidence for the skills it implies (pysam → Python, XCTest → Unit testing): read in a resume, never
    /// taken from a posting as a requirement of its own (ADR 68).
    /// </summary>
    public bool EvidenceOnly { get; } = evidenceOnly;
    public List<Skill> Implies { get; } = [];

    /// <summary>
    /// The dictionary knows what doing the skill looks like (it has described-work signatures): a practice, which the
    /// posting's own wording may show too (ADR 71); a product without them is shown by its name only.
    /// </summary>
    public bool Describable { get; set; }

    /// <summary>Near misses: skills that do the same job, never evidence for this one (ADR 66).</summary>
    public HashSet<Skill> Siblings { get; } = [];

    public override string ToString() => Name;
}

/// <summary>One way of writing a skill, as tokens.</summary>
internal sealed record SkillAlias(Skill Skill, string[] Lower, string[] Exact, bool CaseSensitive, bool NeedsContext);
