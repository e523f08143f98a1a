namespace Forge.NotionForge.Application.Documents;

/// <summary>A fenced code block's info string as one of Notion's code languages (anything else is plain text).</summary>
internal static class CodeLanguages
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "bash", "c", "c#", "c++", "css", "dart", "diff", "docker", "go", "graphql", "haskell", "html", "java", "javascript",
        "json", "kotlin", "lua", "makefile", "markdown", "php", "plain text", "powershell", "python", "r", "ruby", "rust",
        "scala", "shell", "sql", "swift", "typescript", "xml", "yaml",
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["js"] = "javascript", ["ts"] = "typescript", ["py"] = "python", ["sh"] = "shell", ["zsh"] = "shell",
        ["cs"] = "c#", ["csharp"] = "c#", ["cpp"] = "c++", ["yml"] = "yaml", ["md"] = "markdown", ["rb"] = "ruby",
        ["rs"] = "rust", ["kt"] = "kotlin", ["dockerfile"] = "docker", ["ps1"] = "powershell", ["text"] = "plain text", ["txt"] = "plain text",
    };

    public static string Notion(string? info)
    {
        var name = (info ?? "").Trim().Split(' ', 2)[0].ToLowerInvariant();
        if (Aliases.TryGetValue(name, out var alias)) return alias;
        return Known.Contains(name) ? name : "plain text";
    }
}
