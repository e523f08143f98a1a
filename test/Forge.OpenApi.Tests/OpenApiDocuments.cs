using System.Text.Json;
using System.Text.Json.Nodes;

namespace Forge.OpenApi.Tests;

/// <summary>
/// The committed snapshots of the served OpenAPI documents (<c>etc/openapi/{name}.json</c>): what the lint step
/// checks and what the Fortune client is generated from at build time (ADR 29).
/// </summary>
internal static class OpenApiDocuments
{
    public static readonly string[] Names = ["fortune", "analysis", "notionforge", "platform"];

    /// <summary>Set to 1 to rewrite the snapshots from the live documents instead of comparing them.</summary>
    public const string UpdateVariable = "FORGE_OPENAPI_UPDATE";

    public static string SnapshotPath(string name) => Path.Combine(RepositoryRoot(), "etc", "openapi", $"{name}.json");

    public static async Task<JsonNode> FetchAsync(TestHost host, string name) =>
        JsonNode.Parse(await host.Client.GetStringAsync($"/openapi/{name}.json"))!;

    public static string Format(JsonNode document) =>
        document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forge.sln"))) return dir.FullName;
        throw new InvalidOperationException("Forge.sln not found above " + AppContext.BaseDirectory);
    }
}
