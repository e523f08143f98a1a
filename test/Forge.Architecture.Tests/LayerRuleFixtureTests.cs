using Forge.Architecture.Tests.Rules;

namespace Forge.Architecture.Tests;

/// <summary>Proves the Application-HTTP and EF-Core-Application rules can fail (see <see cref="ModuleRuleFixtureTests"/>).</summary>
public sealed class LayerRuleFixtureTests
{
    private const string Bad = Fixtures.BadRoot;

    [Fact]
    public void Application_using_asp_net_core_http_is_reported()
    {
        var result = ModuleRules.ApplicationUsesNoAspNetCoreHttp(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.Application.OrderResultFactory", "Microsoft.AspNetCore.Http");
        result.ShouldNotReport($"{Bad}.Application.OrderService");
    }

    [Fact]
    public void Ef_core_using_application_is_reported()
    {
        var result = ModuleRules.EntityFrameworkCoreDoesNotUseApplication(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.EntityFrameworkCore.OrderReadModel", $"{Bad}.Application");
        result.ShouldNotReport($"{Bad}.EntityFrameworkCore.BadModuleDbContext");
    }

    [Fact]
    public void The_good_module_passes_both()
    {
        ModuleRules.ApplicationUsesNoAspNetCoreHttp(Fixtures.Assembly, Fixtures.GoodRoot).ShouldPass();
        ModuleRules.EntityFrameworkCoreDoesNotUseApplication(Fixtures.Assembly, Fixtures.GoodRoot).ShouldPass();
    }
}
