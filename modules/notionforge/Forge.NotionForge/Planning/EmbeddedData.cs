using System.Reflection;
using Forge.NotionForge.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>Reads the JSON data files embedded under <c>Planning/Data/&lt;folder&gt;/</c>, in name order (deterministic).</summary>
internal static class EmbeddedData
{
    public static IReadOnlyList<T> Load<T>(string folder)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var prefix = $"Forge.NotionForge.Planning.Data.{folder}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read<T>(assembly, n))
            .ToList();
    }

    private static T Read<T>(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return BlueprintJson.Deserialize<T>(stream);
    }
}
