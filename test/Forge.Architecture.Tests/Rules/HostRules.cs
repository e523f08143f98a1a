using System.Reflection;

namespace Forge.Architecture.Tests.Rules;

public static class HostRules
{
    /// <summary>Test modules reach the host only as a plug-in DLL in tests (Forge:PlugIns), never as a reference.</summary>
    public static RuleResult DoesNotReferenceTestModules(Assembly host) =>
        ReferenceRules.MustNotReference("Forge.Host does not reference Forge.TestModules", host, [ForgeNames.TestModules]);
}
