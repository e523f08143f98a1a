using Xunit.Abstractions;
using Xunit.Sdk;

namespace Forge.TestKit;

/// <summary>
/// Marks a test class (or test) whose outcome can depend on the database provider: queries, filters,
/// paging, concurrency, migrations, crash recovery, jobs, credits, idempotency, two hosts, ledgers.
/// etc/scripts/test.sh runs every test on SQLite and only these again on PostgreSQL
/// (<c>--filter Provider=Both</c>); without the mark a test runs once. When in doubt, mark it.
/// </summary>
[TraitDiscoverer("Forge.TestKit.ProviderSensitiveDiscoverer", "Forge.TestKit")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ProviderSensitiveAttribute : Attribute, ITraitAttribute
{
    public const string Trait = "Provider";
    public const string Value = "Both";
}

/// <summary>Turns <see cref="ProviderSensitiveAttribute"/> into the trait <c>Provider=Both</c>.</summary>
public sealed class ProviderSensitiveDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new(ProviderSensitiveAttribute.Trait, ProviderSensitiveAttribute.Value)];
}
