using System.Reflection;
using System.Runtime.CompilerServices;
using Forge.Hosting.Modularity;

namespace Forge.Architecture.Tests.Rules;

/// <summary>What the host may know of a module, and what a module's Contracts may reference.</summary>
public static class HostModuleRules
{
    /// <summary>
    /// The host knows a module only through its module class (and the module's Contracts, a separate
    /// assembly): no type of <paramref name="host"/> (in <paramref name="ns"/> or below, all when null)
    /// uses any other type of <paramref name="module"/>.
    /// </summary>
    public static RuleResult UsesOnlyModuleClasses(Assembly host, Assembly module, string? ns = null)
    {
        var internals = module.GetTypes()
            .Where(t => t is { IsNested: false, FullName: not null } && !typeof(ForgeModule).IsAssignableFrom(t)
                        && !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.FullName.Contains('<'))
            .Select(t => t.FullName!)
            .ToList();
        var subject = ns is null ? host.GetName().Name! : $"{host.GetName().Name} ({ns})";
        return RuleResult.Combine($"{subject} uses no {module.GetName().Name} type but its module classes", subject,
            TypeDependencies.FindAny(host, ns, internals));
    }

    /// <summary>
    /// A Contracts assembly is what other parts (the host's console, clients) compile against: it references
    /// the base class library only (System.*, netstandard, mscorlib), neither in metadata nor in its .csproj.
    /// </summary>
    public static RuleResult ContractsReferenceOnlyTheBcl(Assembly contracts)
    {
        var name = contracts.GetName().Name!;
        var references = contracts.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(r => !IsBcl(r))
            .Select(r => $"{name} (assembly reference) -> {r}");
        var projectFile = ProjectFiles.ProjectReferencesOf(name).Select(r => $"{name}.csproj (project reference) -> {r}");
        var packages = ProjectFiles.PackageReferencesOf(name).Select(r => $"{name}.csproj (package reference) -> {r}");
        return RuleResult.Combine($"{name} references only the BCL", name, references, projectFile, packages);
    }

    private static bool IsBcl(string assembly) =>
        assembly is "netstandard" or "mscorlib" || ForgeNames.IsUnder(assembly, "System");
}
