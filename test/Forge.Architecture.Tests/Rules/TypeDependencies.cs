using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Forge.Architecture.Tests.Rules;

/// <summary>NetArchTest queries that say which type depends on which forbidden name.</summary>
public static class TypeDependencies
{
    /// <summary>
    /// Types of <paramref name="assembly"/> in namespace <paramref name="ns"/> or below it (all types when
    /// null) that depend on any of <paramref name="forbidden"/> (namespaces or full type names; NetArchTest
    /// matches whole name segments, so "Forge.Host" does not match "Forge.Hosting"). Returns
    /// "Type -> forbidden" pairs. Compiler-generated code (lambdas, async state machines) counts as its
    /// declaring type.
    /// </summary>
    public static IEnumerable<string> Find(Assembly assembly, string? ns, IEnumerable<string> forbidden)
    {
        foreach (var dependency in forbidden.Distinct())
        {
            var types = Types.InAssembly(assembly);
            // Not ResideInNamespace: it is a plain string prefix, so "X.Domain" would also select "X.DomainEvents".
            var result = ns is null
                ? types.Should().NotHaveDependencyOn(dependency).GetResult()
                : types.That().ResideInNamespaceMatching(NamespaceOrBelow(ns)).Should().NotHaveDependencyOn(dependency).GetResult();
            foreach (var type in result.FailingTypeNames ?? [])
                yield return $"{type} -> {dependency}";
        }
    }

    /// <summary>
    /// Like <see cref="Find"/> for a long list of forbidden names (e.g. every type of a module): one query
    /// finds the offending types, and only when there are some is each name asked about on its own.
    /// </summary>
    public static IEnumerable<string> FindAny(Assembly assembly, string? ns, IReadOnlyCollection<string> forbidden)
    {
        if (forbidden.Count == 0) return [];
        var any = Should(assembly, ns).NotHaveDependencyOnAny([.. forbidden]).GetResult();
        return any.IsSuccessful ? [] : Find(assembly, ns, forbidden).ToList();
    }

    private static Conditions Should(Assembly assembly, string? ns) => ns is null
        ? Types.InAssembly(assembly).Should()
        : Types.InAssembly(assembly).That().ResideInNamespaceMatching(NamespaceOrBelow(ns)).Should();

    /// <summary>True when <paramref name="assembly"/> has at least one type in <paramref name="ns"/> or below.</summary>
    public static bool HasTypesIn(Assembly assembly, string ns) =>
        Types.InAssembly(assembly).That().ResideInNamespaceMatching(NamespaceOrBelow(ns)).GetTypes().Any();

    private static string NamespaceOrBelow(string ns) => $"^{Regex.Escape(ns)}(\\.|$)";
}
