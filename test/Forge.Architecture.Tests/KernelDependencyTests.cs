using Forge.Architecture.Tests.Rules;
using Forge.Hosting.Modularity;

namespace Forge.Architecture.Tests;

public sealed class KernelDependencyTests
{
    [Fact]
    public void Forge_Hosting_references_no_module_and_not_the_host()
    {
        KernelRules.ReferencesNoModuleAndNotTheHost(typeof(ForgeModule).Assembly).ShouldPass();
    }

    [Fact]
    public void The_kernel_rule_reports_a_module_reference_by_type_assembly_and_project()
    {
        var result = KernelRules.ReferencesNoModuleAndNotTheHost(Fixtures.Assembly);

        result.ShouldReport("Forge.BadModule.Application.NoteBorrower", ForgeNames.TestModules);
        result.Violations.ShouldContain($"{Fixtures.AssemblyName} (assembly reference) -> {ForgeNames.TestModules}");
        result.Violations.ShouldContain($"{Fixtures.AssemblyName}.csproj (project reference) -> {ForgeNames.TestModules}");
        result.ShouldNotReport("Forge.GoodModule");
    }
}
