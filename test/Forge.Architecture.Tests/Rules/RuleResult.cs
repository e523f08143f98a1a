namespace Forge.Architecture.Tests.Rules;

/// <summary>
/// The outcome of one dependency rule for one subject. Each violation names the offending type (or
/// project) and what it must not depend on, e.g. <c>Forge.X.Domain.Order -> Microsoft.EntityFrameworkCore</c>.
/// </summary>
public sealed record RuleResult(string Rule, string Subject, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0;

    public override string ToString() => Passed
        ? $"{Rule} ({Subject}): passed"
        : $"{Rule} ({Subject}) is violated by:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Violations)}";

    public static RuleResult Combine(string rule, string subject, params IEnumerable<string>[] violations) =>
        new(rule, subject, violations.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal).ToList());
}
