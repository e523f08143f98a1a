using Forge.Architecture.Tests.Rules;

namespace Forge.Architecture.Tests;

/// <summary>
/// Proves each module rule can fail: applied to Forge.BadModule it must name the offending types,
/// and applied to Forge.GoodModule (same assembly) it must pass.
/// </summary>
public sealed class ModuleRuleFixtureTests
{
    private const string Bad = Fixtures.BadRoot;

    [Fact]
    public void A_module_using_another_module_is_reported()
    {
        var result = ModuleRules.ReferencesOnlyItsContractsAndTheKernel(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.Application.NoteBorrower", ForgeNames.TestModules);
        result.Violations.ShouldContain($"{Fixtures.AssemblyName} (assembly reference) -> {ForgeNames.TestModules}");
        result.Violations.ShouldContain($"{Fixtures.AssemblyName}.csproj (project reference) -> {ForgeNames.TestModules}");
    }

    [Fact]
    public void Domain_using_ef_core_asp_net_core_or_http_is_reported()
    {
        var result = ModuleRules.DomainUsesNoInfrastructure(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.Domain.LeakyOrder", "Microsoft.EntityFrameworkCore");
        result.ShouldReport($"{Bad}.Domain.PricingClient", "System.Net.Http");
        result.ShouldReport($"{Bad}.Domain.OrderRequestReader", "Microsoft.AspNetCore");
    }

    [Fact]
    public void The_domain_rule_selects_the_Domain_namespace_not_every_namespace_starting_with_it()
    {
        var result = ModuleRules.DomainUsesNoInfrastructure(Fixtures.Assembly, Bad);

        result.ShouldNotReport($"{Bad}.DomainEvents");
    }

    [Fact]
    public void Domain_depending_on_an_outer_layer_is_reported()
    {
        ModuleRules.DomainDependsOnNoOuterLayer(Fixtures.Assembly, Bad)
            .ShouldReport($"{Bad}.Domain.OrderPolicy", $"{Bad}.Application");
    }

    [Fact]
    public void HttpApi_using_a_db_context_is_reported_including_inside_async_code()
    {
        var result = ModuleRules.HttpApiDoesNotTouchPersistence(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.HttpApi.OrderEndpoints", $"{Bad}.EntityFrameworkCore");
        result.ShouldReport($"{Bad}.HttpApi.OrderEndpoints", $"{Bad}.EntityFrameworkCore.BadModuleDbContext");
        result.ShouldReport($"{Bad}.HttpApi.AsyncOrderEndpoints", $"{Bad}.EntityFrameworkCore");
    }

    [Fact]
    public void HttpApi_using_a_db_context_declared_outside_the_ef_core_layer_is_reported()
    {
        var result = ModuleRules.HttpApiDoesNotTouchPersistence(Fixtures.Assembly, Bad);

        result.ShouldReport($"{Bad}.HttpApi.StatusEndpoints", $"{Bad}.Persistence.StrayDbContext");
    }

    [Fact]
    public void Application_depending_on_HttpApi_is_reported()
    {
        ModuleRules.ApplicationDoesNotDependOnHttpApi(Fixtures.Assembly, Bad)
            .ShouldReport($"{Bad}.Application.OrderService", $"{Bad}.HttpApi");
    }

    [Fact]
    public void A_correctly_layered_module_passes_every_layer_rule()
    {
        // The reference rule is per assembly, and this assembly also holds the bad module; its
        // control is ModuleDependencyTests.The_test_modules_reference_only_the_kernel.
        var layerRules = ModuleRules.All(Fixtures.Assembly, Fixtures.GoodRoot)
            .Where(r => !r.Rule.Contains("references only", StringComparison.Ordinal));

        layerRules.ShouldAllPass();
    }

    [Fact]
    public void A_failure_message_lists_the_offending_types()
    {
        var message = ModuleRules.DomainUsesNoInfrastructure(Fixtures.Assembly, Bad).ToString();

        message.ShouldContain($"{Bad}.Domain uses no EF Core");
        message.ShouldContain($"{Bad}.Domain.LeakyOrder -> Microsoft.EntityFrameworkCore");
        message.ShouldContain($"{Bad}.Domain.PricingClient -> System.Net.Http");
    }
}
