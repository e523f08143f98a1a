using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Forge.Architecture.Tests.Rules;

/// <summary>
/// The guide's rules for one module, given its assembly and root namespace (e.g. "Forge.Fortune"):
/// layers are the namespaces <c>{root}.Domain</c>, <c>.Application</c>, <c>.EntityFrameworkCore</c>, <c>.HttpApi</c>.
/// </summary>
public static class ModuleRules
{
    public static IReadOnlyList<RuleResult> All(Assembly module, string root) =>
    [
        ReferencesOnlyItsContractsAndTheKernel(module, root),
        DomainUsesNoInfrastructure(module, root),
        DomainDependsOnNoOuterLayer(module, root),
        HttpApiDoesNotTouchPersistence(module, root),
        ApplicationDoesNotDependOnHttpApi(module, root),
        ApplicationUsesNoAspNetCoreHttp(module, root),
        EntityFrameworkCoreDoesNotUseApplication(module, root),
    ];

    /// <summary>A module never references another module (nor the host): only its own Contracts and Forge.Hosting.</summary>
    public static RuleResult ReferencesOnlyItsContractsAndTheKernel(Assembly module, string root)
    {
        var own = module.GetName().Name!;
        string[] allowed = [own, root, root + ".Contracts", ForgeNames.Kernel];
        var otherModules = ForgeNames.ModuleRoots.Where(m => m != root && m != own).Append(ForgeNames.Host).ToList();
        return ReferenceRules.MustNotReference(
            $"{root} references only its own Contracts and Forge.Hosting",
            module,
            otherModules,
            reference => ForgeNames.IsUnder(reference, "Forge") && !allowed.Contains(reference));
    }

    public static RuleResult DomainUsesNoInfrastructure(Assembly module, string root) =>
        Layer(module, $"{root}.Domain uses no EF Core, no ASP.NET Core and no HTTP", root + ".Domain",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http");

    public static RuleResult DomainDependsOnNoOuterLayer(Assembly module, string root) =>
        Layer(module, $"{root}.Domain depends on no other layer", root + ".Domain",
            root + ".Application", root + ".EntityFrameworkCore", root + ".HttpApi");

    /// <summary>HttpApi calls Application only: no DbContext (wherever it is declared), no EF Core, no EntityFrameworkCore layer.</summary>
    public static RuleResult HttpApiDoesNotTouchPersistence(Assembly module, string root)
    {
        var dbContexts = module.GetTypes()
            .Where(t => typeof(DbContext).IsAssignableFrom(t) && t.FullName is not null)
            .Select(t => t.FullName!);
        return Layer(module, $"{root}.HttpApi uses no DbContext and no EntityFrameworkCore layer", root + ".HttpApi",
            [root + ".EntityFrameworkCore", "Microsoft.EntityFrameworkCore", .. dbContexts]);
    }

    public static RuleResult ApplicationDoesNotDependOnHttpApi(Assembly module, string root) =>
        Layer(module, $"{root}.Application does not depend on HttpApi", root + ".Application", root + ".HttpApi");

    /// <summary>Application code raises product errors without HTTP types; statuses and results are the HttpApi's business.</summary>
    public static RuleResult ApplicationUsesNoAspNetCoreHttp(Assembly module, string root) =>
        Layer(module, $"{root}.Application uses no Microsoft.AspNetCore.Http", root + ".Application", "Microsoft.AspNetCore.Http");

    /// <summary>Persistence implements the domain's ports; it never calls application services.</summary>
    public static RuleResult EntityFrameworkCoreDoesNotUseApplication(Assembly module, string root) =>
        Layer(module, $"{root}.EntityFrameworkCore does not use Application", root + ".EntityFrameworkCore", root + ".Application");

    private static RuleResult Layer(Assembly module, string rule, string layer, params string[] forbidden) =>
        RuleResult.Combine(rule, module.GetName().Name!, TypeDependencies.Find(module, layer, forbidden));
}
