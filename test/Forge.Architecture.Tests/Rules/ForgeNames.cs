namespace Forge.Architecture.Tests.Rules;

/// <summary>Assembly names, which are also the root namespaces, of the parts the rules talk about.</summary>
public static class ForgeNames
{
    public const string Kernel = "Forge.Hosting";
    public const string Host = "Forge.Host";
    public const string TestModules = "Forge.TestModules";

    /// <summary>Every module project, present or announced in the guide. A module's Contracts share its root.</summary>
    public static readonly IReadOnlyList<string> ModuleRoots = ["Forge.Fortune", "Forge.Analysis", "Forge.NotionForge", TestModules];

    /// <summary>True when <paramref name="name"/> is <paramref name="root"/> or a dotted child of it ("Forge.Host" is not a root of "Forge.Hosting").</summary>
    public static bool IsUnder(string name, string root) =>
        name == root || name.StartsWith(root + ".", StringComparison.Ordinal);
}
