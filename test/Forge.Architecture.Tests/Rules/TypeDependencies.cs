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

    /// <summary>True when <paramref name="assembly"/> has at least one type in <paramref name="ns"/> or below.</summary>
    public static bool HasTypesIn(Assembly assembly, string ns) =>
        Types.InAssembly(assembly).That().ResideInNamespaceMatching(NamespaceOrBelow(ns)).GetTypes().Any();

    private static string NamespaceOrBelow(string ns) => $"^{Regex.Escape(ns)}(\\.|$)";
}
