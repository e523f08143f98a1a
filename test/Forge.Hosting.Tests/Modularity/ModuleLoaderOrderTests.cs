using System.Reflection;
using Forge.Hosting.Modularity;

namespace Forge.Hosting.Tests.Modularity;

public sealed class ModuleLoaderOrderTests
{
    private static readonly Type[] Graph =
        [typeof(CoreModule), typeof(StorageModule), typeof(BillingModule), typeof(ReportsModule), typeof(StandaloneModule)];

    public static TheoryData<Type[]> InputOrders() => new()
    {
        Graph,
        Enumerable.Reverse(Graph).ToArray(),
        new[] { typeof(BillingModule), typeof(StandaloneModule), typeof(CoreModule), typeof(ReportsModule), typeof(StorageModule) },
    };

    [Theory]
    [MemberData(nameof(InputOrders))]
    public void Every_module_comes_after_all_of_its_dependencies(Type[] known)
    {
        var loaded = ModuleLoader.Load(known, enabledNames: null);

        var position = loaded.Select((m, i) => (m.GetType(), i)).ToDictionary(p => p.Item1, p => p.i);
        foreach (var module in loaded)
        {
            foreach (var dependency in module.GetType().GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.Dependencies))
                position[dependency].ShouldBeLessThan(position[module.GetType()], $"{module.Name} must load after {ForgeModule.NameOf(dependency)}");
        }
    }

    [Theory]
    [MemberData(nameof(InputOrders))]
    public void Order_does_not_depend_on_the_order_modules_were_discovered_in(Type[] known)
    {
        var loaded = ModuleLoader.Load(known, enabledNames: null);

        loaded.Select(m => m.Name).ShouldBe(["Core", "Storage", "Billing", "Reports", "Standalone"]);
    }

    [Fact]
    public void Null_enabled_list_loads_every_known_module_once()
    {
        var loaded = ModuleLoader.Load(Graph, enabledNames: null);

        loaded.Select(m => m.GetType()).ShouldBe(Graph, ignoreOrder: true);
    }

    [Fact]
    public void Only_enabled_modules_are_loaded()
    {
        var loaded = ModuleLoader.Load(Graph, ["Storage", "Core"]);

        loaded.Select(m => m.Name).ShouldBe(["Core", "Storage"]);
    }

    [Fact]
    public void Enabled_names_are_case_insensitive_and_duplicates_collapse()
    {
        var loaded = ModuleLoader.Load(Graph, ["core", "STORAGE", "Core", "billing"]);

        loaded.Select(m => m.Name).ShouldBe(["Core", "Storage", "Billing"]);
    }

    [Fact]
    public void Empty_enabled_list_loads_nothing()
    {
        ModuleLoader.Load(Graph, []).ShouldBeEmpty();
    }

    [Fact]
    public void Each_loaded_module_is_a_new_instance_of_its_type()
    {
        var loaded = ModuleLoader.Load([typeof(CoreModule), typeof(CoreModule)], null);

        loaded.Count.ShouldBe(1);
        loaded[0].ShouldBeOfType<CoreModule>();
    }
}
