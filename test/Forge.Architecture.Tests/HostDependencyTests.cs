using Forge.Architecture.Tests.Rules;
using Forge.Host.Modules;

namespace Forge.Architecture.Tests;

public sealed class HostDependencyTests
{
    [Fact]
    public void Forge_Host_does_not_reference_the_test_modules()
    {
        HostRules.DoesNotReferenceTestModules(typeof(ModuleCatalog).Assembly).ShouldPass();
    }

    [Fact]
    public void The_host_rule_reports_a_test_module_reference()
    {
        var result = HostRules.DoesNotReferenceTestModules(Fixtures.Assembly);

        result.ShouldReport("Forge.BadModule.Application.NoteBorrower", ForgeNames.TestModules);
        result.Violations.ShouldContain($"{Fixtures.AssemblyName}.csproj (project reference) -> {ForgeNames.TestModules}");
    }
}
