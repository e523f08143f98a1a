using System.Text;

namespace Forge.Host.Tests.Cluster;

/// <summary>The acceptance figures as a table, printed by the test and kept in <c>artifacts/cluster/figures.txt</c>.</summary>
public static class ClusterReport
{
    public static string Format(IReadOnlyList<ClusterFigure> figures)
    {
        var width = figures.Max(f => f.Name.Length);
        var text = new StringBuilder("cluster figures\n");
        foreach (var f in figures) text.Append(f.Pass ? "  ok    " : "  FAIL  ").Append(f.Name.PadRight(width)).Append("  ").Append(f.Value).Append(f.Timing ? "  (timing)" : "").Append('\n');
        text.Append($"cluster: {figures.Count(f => f.Pass)} passed, {figures.Count(f => !f.Pass)} failed\n");
        return text.ToString();
    }

    public static void Save(string report)
    {
        var directory = Path.Combine(ClusterProxy.RepositoryRoot(), "artifacts", "cluster");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "figures.txt"), report);
    }
}
