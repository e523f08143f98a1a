using System.Reflection;

namespace Forge.Architecture.Tests.Rules;

/// <summary>The kernel stands where the ABP packages would: it knows nothing of the modules or the host.</summary>
public static class KernelRules
{
    public static RuleResult ReferencesNoModuleAndNotTheHost(Assembly kernel) =>
        ReferenceRules.MustNotReference(
            "Forge.Hosting references no module and not Forge.Host",
            kernel,
            [.. ForgeNames.ModuleRoots, ForgeNames.Host]);
}
