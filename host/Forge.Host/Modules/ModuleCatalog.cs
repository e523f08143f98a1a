using System.Reflection;
using Forge.Hosting.Modularity;

namespace Forge.Host.Modules;

/// <summary>
/// The module classes this host can load: the product modules it is built with, plus any found
/// in plug-in assemblies listed in <c>Forge:PlugIns</c> (paths to DLLs).
/// </summary>
public static class ModuleCatalog
{
    /// <summary>Product modules compiled into the host.</summary>
    public static readonly IReadOnlyList<Type> BuiltIn = [typeof(Forge.Fortune.FortuneModule), typeof(Forge.Analysis.AnalysisModule), typeof(Forge.NotionForge.NotionForgeModule)];

    public static IReadOnlyList<ForgeModule> Load(IConfiguration configuration)
    {
        var known = BuiltIn.Concat(PlugInModules(configuration)).ToList();
        var enabled = configuration.GetSection("Forge:Modules").Get<string[]>()
                      ?? SplitList(configuration["Forge:Modules"]);
        return ModuleLoader.Load(known, enabled);
    }

    private static IEnumerable<Type> PlugInModules(IConfiguration configuration)
    {
        var paths = configuration.GetSection("Forge:PlugIns").Get<string[]>() ?? SplitList(configuration["Forge:PlugIns"]) ?? [];
        foreach (var path in paths)
        {
            if (!File.Exists(path)) throw new ModuleLoadException($"Plug-in assembly '{path}' (Forge:PlugIns) does not exist.");
            foreach (var type in Assembly.LoadFrom(Path.GetFullPath(path)).GetExportedTypes())
                if (typeof(ForgeModule).IsAssignableFrom(type) && !type.IsAbstract) yield return type;
        }
    }

    private static string[]? SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
