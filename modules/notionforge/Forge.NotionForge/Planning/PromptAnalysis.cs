namespace Forge.NotionForge.Planning;

/// <summary>What the built-in planner read from a prompt. <see cref="Confidence"/> below 0.7 means "ask first".</summary>
public sealed record PromptAnalysis(
    string Intent,
    SkillDefinition Skill,
    int Score,
    double Confidence,
    PlanLanguage Language,
    string TemplateType,
    string Complexity);

/// <summary>The options a generation request carries (seed: <c>options</c>, WebSocket <c>settings</c>).</summary>
public sealed record PlanOptions
{
    /// <summary><c>simple</c>, <c>standard</c> or <c>advanced</c>; null lets the prompt decide (default standard).</summary>
    public string? Complexity { get; init; }
    public bool IncludeSampleData { get; init; } = true;
    public int SampleCount { get; init; } = 5;
    /// <summary><c>ko</c> or <c>en</c>; null follows the prompt's script.</summary>
    public string? Language { get; init; }

    public static readonly IReadOnlyList<string> Complexities = ["simple", "standard", "advanced"];
    public const int MaxSampleCount = 20;
}

public static class PlanIntents
{
    public const string Create = "create_template";
    public const string Modify = "modify_template";
}
