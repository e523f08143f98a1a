namespace Forge.Console.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the nearest directory above the test binaries holding <c>Forge.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Forge.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No Forge.sln above {AppContext.BaseDirectory}; the console tests save screenshots under the repository root.");
    }
}
