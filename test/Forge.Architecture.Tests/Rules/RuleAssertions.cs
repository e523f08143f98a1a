using Xunit.Sdk;

namespace Forge.Architecture.Tests.Rules;

public static class RuleAssertions
{
    /// <summary>Fails with the rule and every offending type, one per line.</summary>
    public static void ShouldPass(this RuleResult result)
    {
        if (!result.Passed) throw new XunitException(result.ToString());
    }

    public static void ShouldAllPass(this IEnumerable<RuleResult> results)
    {
        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count > 0) throw new XunitException(string.Join(Environment.NewLine, failed));
    }

    /// <summary>
    /// For the fixtures: the rule must fail, and its violations must name <paramref name="offender"/>
    /// (a type's full name, matched as a prefix so nested types count) with <paramref name="dependency"/>.
    /// </summary>
    public static void ShouldReport(this RuleResult result, string offender, string dependency)
    {
        result.Passed.ShouldBeFalse($"{result.Rule} should have failed for {result.Subject}");
        result.Violations.ShouldContain(
            v => v.StartsWith(offender, StringComparison.Ordinal) && v.EndsWith("-> " + dependency, StringComparison.Ordinal),
            $"expected '{offender} -> {dependency}' in:{Environment.NewLine}{result}");
        result.ToString().ShouldContain(offender);
    }

    public static void ShouldNotReport(this RuleResult result, string offender) =>
        result.Violations.ShouldNotContain(v => v.StartsWith(offender, StringComparison.Ordinal), result.ToString());
}
