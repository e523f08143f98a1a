using System.Xml.Linq;

namespace Forge.Architecture.Tests.Rules;

/// <summary>
/// Reads project references from the .csproj files in the repository. Compiled metadata only shows
/// references that some code uses; a reference nobody uses yet still puts the other project in the build
/// graph and the deployment, so the rules check the project file too.
/// </summary>
public static class ProjectFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>Names of the projects <paramref name="projectName"/>'s .csproj references directly.</summary>
    public static IReadOnlyList<string> ProjectReferencesOf(string projectName)
    {
        var project = Find(projectName);
        return XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();
    }

    /// <summary>The packages and shared frameworks <paramref name="projectName"/>'s .csproj references directly.</summary>
    public static IReadOnlyList<string> PackageReferencesOf(string projectName) =>
        XDocument.Load(Find(projectName)).Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(r => (string?)r.Attribute("Include"))
            .OfType<string>()
            .ToList();

    private static string Find(string projectName)
    {
        var root = Root.Value;
        var modules = Path.Combine(root, "modules");
        IEnumerable<string> candidates =
        [
            Path.Combine(root, "host", projectName, projectName + ".csproj"),
            Path.Combine(root, "test", projectName, projectName + ".csproj"),
            .. Directory.Exists(modules)
                ? Directory.EnumerateDirectories(modules).Select(d => Path.Combine(d, projectName, projectName + ".csproj"))
                : [],
        ];
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException($"No {projectName}.csproj under host/, test/ or modules/*/ of {root}.");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Forge.sln")))
                return directory.FullName;
        throw new DirectoryNotFoundException($"Forge.sln not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
