using Forge.Architecture.Tests.Rules;
using Forge.Host.Modules;

namespace Forge.Architecture.Tests;

/// <summary>The host uses modules only through their module classes; Contracts reference only the BCL.</summary>
public sealed class HostAndContractsRuleTests
{
    private static readonly System.Reflection.Assembly Host = typeof(ModuleCatalog).Assembly;
    private static readonly System.Reflection.Assembly TestModules = typeof(Forge.TestModules.Notes.NotesModule).Assembly;

    [Fact]
    public void The_host_uses_no_module_internals()
    {
        ModuleAssemblies.All.Select(m => HostModuleRules.UsesOnlyModuleClasses(Host, m.Assembly)).ShouldAllPass();
    }

    [Fact]
    public void The_host_rule_reports_a_module_type_other_than_the_module_class()
    {
        var result = HostModuleRules.UsesOnlyModuleClasses(Fixtures.Assembly, TestModules, "Forge.HostFixture");

        result.ShouldReport("Forge.HostFixture.NoteInspector", "Forge.TestModules.Notes.Note");
        result.ShouldReport("Forge.HostFixture.NoteInspector", "Forge.TestModules.Notes.NotesErrorWriter");
        result.ShouldNotReport("Forge.HostFixture.ModuleComposition");
    }

    [Fact]
    public void Every_modules_contracts_reference_only_the_bcl()
    {
        ModuleAssemblies.Contracts.Select(HostModuleRules.ContractsReferenceOnlyTheBcl).ShouldAllPass();
    }

    [Fact]
    public void The_contracts_rule_reports_references_beyond_the_bcl()
    {
        var result = HostModuleRules.ContractsReferenceOnlyTheBcl(Fixtures.Assembly);

        result.Violations.ShouldContain($"{Fixtures.AssemblyName} (assembly reference) -> {ForgeNames.Kernel}");
        result.Violations.ShouldContain($"{Fixtures.AssemblyName}.csproj (project reference) -> {ForgeNames.Kernel}");
        result.Violations.ShouldContain($"{Fixtures.AssemblyName}.csproj (package reference) -> Microsoft.EntityFrameworkCore.Relational");
        result.Violations.ShouldNotContain(v => v.EndsWith("-> System.Runtime", StringComparison.Ordinal));
    }
}
