using System.Reflection;

namespace Forge.Hosting.Modularity;

/// <summary>
/// Picks the enabled modules out of the known ones and sorts them so every module comes after
/// its dependencies. A dependency must itself be enabled: a module is never switched on behind
/// the operator's back, and a cycle or an unknown name stops start-up with the names involved.
/// </summary>
public static class ModuleLoader
{
    public static IReadOnlyList<ForgeModule> Load(IEnumerable<Type> knownModules, IReadOnlyCollection<string>? enabledNames)
    {
        var types = knownModules.Distinct().ToList();
        var clash = types.GroupBy(t => ForgeModule.NameOf(t), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ModuleLoadException($"Several modules are named '{clash.Key}': {string.Join(", ", clash.Select(t => t.FullName))}.");
        var known = types.ToDictionary(t => ForgeModule.NameOf(t), StringComparer.OrdinalIgnoreCase);
        foreach (var type in known.Values.Where(t => !typeof(ForgeModule).IsAssignableFrom(t) || t.IsAbstract))
            throw new ModuleLoadException($"'{type.FullName}' is not a concrete ForgeModule.");

        var enabled = enabledNames is null ? known.Keys.ToList() : enabledNames.ToList();
        var unknown = enabled.Where(n => !known.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
            throw new ModuleLoadException(
                $"Forge:Modules names unknown module(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", known.Keys.Order())}.");

        var enabledTypes = enabled.Select(n => known[n]).ToHashSet();
        var ordered = new List<Type>();
        var state = new Dictionary<Type, bool>(); // false = visiting, true = done
        foreach (var type in enabledTypes.OrderBy(t => ForgeModule.NameOf(t), StringComparer.Ordinal))
            Visit(type, enabledTypes, state, ordered, new Stack<Type>());

        return ordered.Select(t => (ForgeModule)Activator.CreateInstance(t)!).ToList();
    }

    private static void Visit(Type type, HashSet<Type> enabled, Dictionary<Type, bool> state, List<Type> ordered, Stack<Type> path)
    {
        if (state.TryGetValue(type, out var done))
        {
            if (done) return;
            var cycle = path.Reverse().SkipWhile(t => t != type).Append(type).Select(ForgeModule.NameOf);
            throw new ModuleLoadException($"Module dependency cycle: {string.Join(" -> ", cycle)}.");
        }

        state[type] = false;
        path.Push(type);
        foreach (var dependency in DependenciesOf(type))
        {
            if (!enabled.Contains(dependency))
                throw new ModuleLoadException(
                    $"Module '{ForgeModule.NameOf(type)}' depends on '{ForgeModule.NameOf(dependency)}', which is not loaded. " +
                    "Add it to Forge:Modules or remove the dependent module.");
            Visit(dependency, enabled, state, ordered, path);
        }
        path.Pop();
        state[type] = true;
        ordered.Add(type);
    }

    private static IEnumerable<Type> DependenciesOf(Type type) =>
        type.GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.Dependencies).Distinct();
}
