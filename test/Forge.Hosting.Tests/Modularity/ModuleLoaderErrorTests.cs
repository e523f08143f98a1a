using Forge.Hosting.Modularity;

namespace Forge.Hosting.Tests.Modularity;

public sealed class ModuleLoaderErrorTests
{
    [Fact]
    public void A_cycle_fails_naming_every_module_in_it()
    {
        var error = Should.Throw<ModuleLoadException>(() =>
            ModuleLoader.Load([typeof(AlphaModule), typeof(BetaModule), typeof(GammaModule)], null));

        error.Message.ShouldContain("cycle");
        error.Message.ShouldContain("Alpha -> Beta -> Gamma -> Alpha");
    }

    [Fact]
    public void A_cycle_message_names_the_cycle_not_the_module_that_led_into_it()
    {
        var error = Should.Throw<ModuleLoadException>(() =>
            ModuleLoader.Load([typeof(LeadModule), typeof(LoopXModule), typeof(LoopYModule)], null));

        error.Message.ShouldContain("LoopX -> LoopY -> LoopX");
        error.Message.ShouldNotContain("Lead");
    }

    [Fact]
    public void Two_modules_with_one_name_fail_naming_both_types()
    {
        var error = Should.Throw<ModuleLoadException>(() =>
            ModuleLoader.Load([typeof(First.TwinModule), typeof(Second.TwinModule)], null));

        error.Message.ShouldContain("Modularity.First.TwinModule");
        error.Message.ShouldContain("Modularity.Second.TwinModule");
    }

    [Fact]
    public void A_module_depending_on_itself_is_a_cycle()
    {
        var error = Should.Throw<ModuleLoadException>(() => ModuleLoader.Load([typeof(SelfReferencingModule)], null));

        error.Message.ShouldContain("SelfReferencing -> SelfReferencing");
    }

    [Fact]
    public void A_dependency_that_is_not_enabled_fails_naming_both_modules()
    {
        Type[] known = [typeof(CoreModule), typeof(StorageModule), typeof(BillingModule)];

        var error = Should.Throw<ModuleLoadException>(() => ModuleLoader.Load(known, ["Billing", "Core"]));

        error.Message.ShouldContain("'Billing'");
        error.Message.ShouldContain("'Storage'");
    }

    [Fact]
    public void A_dependency_that_is_not_known_at_all_fails_naming_both_modules()
    {
        var error = Should.Throw<ModuleLoadException>(() => ModuleLoader.Load([typeof(StorageModule)], null));

        error.Message.ShouldContain("'Storage'");
        error.Message.ShouldContain("'Core'");
    }

    [Fact]
    public void An_unknown_enabled_name_fails_naming_it_and_the_known_ones()
    {
        var error = Should.Throw<ModuleLoadException>(() =>
            ModuleLoader.Load([typeof(CoreModule), typeof(StandaloneModule)], ["Core", "Fortunne"]));

        error.Message.ShouldContain("Fortunne");
        error.Message.ShouldContain("Known: Core, Standalone");
    }

    [Theory]
    [InlineData(typeof(AbstractModule))]
    [InlineData(typeof(string))]
    public void A_known_type_that_is_not_a_concrete_module_fails_naming_it(Type notAModule)
    {
        var error = Should.Throw<ModuleLoadException>(() => ModuleLoader.Load([typeof(CoreModule), notAModule], null));

        error.Message.ShouldContain(notAModule.FullName!);
    }
}
