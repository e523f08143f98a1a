namespace Forge.Analysis.Domain.Engine;

/// <summary>The shape of <c>Data/skills.json</c> (ADR 38).</summary>
internal sealed record SkillDictionaryFile
{
    public int Version { get; init; }

    /// <summary>Words that show a line is about a domain (software, data…); an ambiguous name needs one.</summary>
    public Dictionary<string, List<string>> ContextWords { get; init; } = [];

    public List<SkillGroupFile> Groups { get; init; } = [];

    /// <summary>
    /// Near misses (ADR 66): groups of skills that do the same job and are never evidence for one another (Terraform,
    /// Pulumi, CloudFormation). A skill may sit in several groups; no skill of a group may imply another of it.
    /// </summary>
    public List<List<string>> Siblings { get; init; } = [];
}

internal sealed record SkillGroupFile
{
    public string Category { get; init; } = "";
    public string Domain { get; init; } = "";

    /// <summary><c>hard</c> or <c>soft</c>.</summary>
    public string Kind { get; init; } = "hard";

    public List<SkillFile> Skills { get; init; } = [];
}

internal sealed record SkillFile
{
    public string Name { get; init; } = "";
    public List<string> Aliases { get; init; } = [];

    /// <summary>The name is also an ordinary word (Go, R, Swift, Excel): matched case-sensitively and only in context.</summary>
    public bool Ambiguous { get; init; }

    /// <summary>Aliases treated like an ambiguous name (JS, Node, 모니터링).</summary>
    public List<string> AmbiguousAliases { get; init; } = [];

    /// <summary>
    /// A platform whose name, written first in another skill's name, shows the platform as well: AWS IAM → AWS,
    /// GitHub Actions → GitHub (ADR 63). Only for names that never start a product of someone else.
    /// </summary>
    public bool Vendor { get; init; }

    /// <summary>A library or tool known only as evidence for what it implies; a posting naming it asks for nothing of its own (ADR 68).</summary>
    public bool EvidenceOnly { get; init; }

    /// <summary>Skills this one shows as well (Spring Boot → Spring, PostgreSQL → SQL).</summary>
    public List<string> Implies { get; init; } = [];

    /// <summary>
    /// Paraphrases: each entry is a set of word beginnings that, all found close together on one line in any order,
    /// write the skill ("negotiated … contracts" = Contract negotiation; ADR 48).
    /// </summary>
    public List<List<string>> Cooccur { get; init; } = [];
}
