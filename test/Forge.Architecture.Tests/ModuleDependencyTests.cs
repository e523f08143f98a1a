using Forge.Architecture.Tests.Rules;

namespace Forge.Architecture.Tests;

/// <summary>The guide's module rules on every real module (see <see cref="ModuleAssemblies"/>).</summary>
public sealed class ModuleDependencyTests
{
    [Fact]
    public void Every_module_follows_the_dependency_rules()
    {
        ModuleAssemblies.All.SelectMany(m => ModuleRules.All(m.Assembly, m.RootNamespace)).ShouldAllPass();
    }

    [Fact]
    public void The_test_modules_reference_only_the_kernel()
    {
        // Not a product module, but a module assembly all the same; also the control for the reference rule.
        var testModules = typeof(Forge.TestModules.Notes.NotesModule).Assembly;

        ModuleRules.ReferencesOnlyItsContractsAndTheKernel(testModules, ForgeNames.TestModules).ShouldPass();
    }
}
