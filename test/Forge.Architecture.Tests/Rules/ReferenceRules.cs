using System.Reflection;

namespace Forge.Architecture.Tests.Rules;

/// <summary>
/// "X must not reference Y", checked three ways so that none of them alone can let a break through:
/// the types that use Y (NetArchTest), the assembly references in X's metadata, and X's .csproj.
/// </summary>
public static class ReferenceRules
{
    public static RuleResult MustNotReference(string rule, Assembly subject, IReadOnlyCollection<string> forbiddenRoots) =>
        MustNotReference(rule, subject, forbiddenRoots, _ => false);

    /// <param name="forbiddenRoots">Assembly names / root namespaces that are off limits, with their dotted children.</param>
    /// <param name="alsoForbidden">Further referenced assembly or project names to refuse (e.g. "any Forge.* but these").</param>
    public static RuleResult MustNotReference(string rule, Assembly subject, IReadOnlyCollection<string> forbiddenRoots, Func<string, bool> alsoForbidden)
    {
        var name = subject.GetName().Name!;
        bool Forbidden(string reference) => forbiddenRoots.Any(root => ForgeNames.IsUnder(reference, root)) || alsoForbidden(reference);

        var assemblyReferences = subject.GetReferencedAssemblies().Select(a => a.Name!).Where(Forbidden).ToList();
        var projectReferences = ProjectFiles.ProjectReferencesOf(name).Where(Forbidden).ToList();
        var typeLevel = TypeDependencies.Find(subject, null, forbiddenRoots.Concat(assemblyReferences).Concat(projectReferences));

        return RuleResult.Combine(rule, name,
            typeLevel,
            assemblyReferences.Select(r => $"{name} (assembly reference) -> {r}"),
            projectReferences.Select(r => $"{name}.csproj (project reference) -> {r}"));
    }
}
