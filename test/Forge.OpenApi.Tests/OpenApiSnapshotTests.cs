using System.Text.Json.Nodes;

namespace Forge.OpenApi.Tests;

/// <summary>
/// The live documents equal the committed snapshots, so the linted files and the generated client describe the
/// API the host really serves. After an intended API change: <c>FORGE_OPENAPI_UPDATE=1</c> on this test rewrites them.
/// </summary>
public sealed class OpenApiSnapshotTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_served_document_equals_its_committed_snapshot()
    {
        var update = Environment.GetEnvironmentVariable(OpenApiDocuments.UpdateVariable) == "1";
        foreach (var name in OpenApiDocuments.Names)
        {
            var live = await OpenApiDocuments.FetchAsync(_host, name);
            var path = OpenApiDocuments.SnapshotPath(name);
            if (update) await File.WriteAllTextAsync(path, OpenApiDocuments.Format(live));
            File.Exists(path).ShouldBeTrue($"{path} is missing; run this test with {OpenApiDocuments.UpdateVariable}=1.");
            var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
            JsonNode.DeepEquals(live, snapshot).ShouldBeTrue(
                $"/openapi/{name}.json differs from {path}: if the API change is intended, run this test with {OpenApiDocuments.UpdateVariable}=1 and commit the file.");
        }
    }
}
