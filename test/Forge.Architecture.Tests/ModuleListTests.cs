using Forge.Architecture.Tests.Rules;
using Forge.Host.Modules;
using Forge.Hosting.Modularity;

namespace Forge.Architecture.Tests;

/// <summary>Keeps <see cref="ModuleAssemblies.All"/> honest, so the module rules cannot pass by checking nothing.</summary>
public sealed class ModuleListTests
{
    [Fact]
    public void Every_module_built_into_the_host_is_listed()
    {
        var listed = ModuleAssemblies.All.Select(m => m.Assembly).ToHashSet();

        var missing = ModuleCatalog.BuiltIn.Where(t => !listed.Contains(t.Assembly)).Select(t => t.Assembly.GetName().Name).Distinct();

        missing.ShouldBeEmpty("add these module assemblies to ModuleAssemblies.All");
    }

    [Fact]
    public void Every_listed_root_namespace_holds_the_modules_class()
    {
        foreach (var module in ModuleAssemblies.All)
        {
            var moduleClasses = module.Assembly.GetTypes()
                .Where(t => typeof(ForgeModule).IsAssignableFrom(t) && !t.IsAbstract)
                .Where(t => t.Namespace is { } ns && ForgeNames.IsUnder(ns, module.RootNamespace));
            moduleClasses.ShouldNotBeEmpty($"{module.Assembly.GetName().Name} has no ForgeModule under '{module.RootNamespace}': wrong root namespace?");
        }
    }

    [Fact]
    public void The_namespace_check_is_not_a_string_prefix()
    {
        ForgeNames.IsUnder("Forge.Hosting", ForgeNames.Host).ShouldBeFalse();
        ForgeNames.IsUnder("Forge.Host.Modules", ForgeNames.Host).ShouldBeTrue();
        ForgeNames.IsUnder("Forge.Fortune.Contracts", "Forge.Fortune").ShouldBeTrue();
    }
}
