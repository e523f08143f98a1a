using System.Reflection;

namespace Forge.Architecture.Tests;

/// <summary>
/// The product modules the dependency rules are applied to, in one place.
/// NEXT ENGINEER: when a module lands, add it here, e.g.
/// <c>new(typeof(Forge.Fortune.FortuneModule).Assembly, "Forge.Fortune")</c>, with a ProjectReference to it.
/// <see cref="ModuleListTests"/> fails while a module built into the host (ModuleCatalog.BuiltIn) is missing.
/// </summary>
public static class ModuleAssemblies
{
    public static readonly IReadOnlyList<ModuleAssembly> All =
    [
        new(typeof(Forge.Fortune.Domain.Saju.SajuCalculator).Assembly, "Forge.Fortune"),
        new(typeof(Forge.Analysis.AnalysisModule).Assembly, "Forge.Analysis"),
        new(typeof(Forge.NotionForge.NotionForgeModule).Assembly, "Forge.NotionForge"),
    ];

    /// <summary>Every module's Contracts assembly (add a module's here too).</summary>
    public static readonly IReadOnlyList<Assembly> Contracts =
    [
        typeof(Forge.Fortune.FortuneFeatures).Assembly,
        typeof(Forge.Analysis.Contracts.Results.AnalysisResult).Assembly,
        typeof(Forge.NotionForge.Contracts.Blueprints.BlueprintDto).Assembly,
    ];
}

/// <summary>A module's implementation assembly and the root namespace of its layers.</summary>
public sealed record ModuleAssembly(Assembly Assembly, string RootNamespace)
{
    public override string ToString() => RootNamespace;
}
