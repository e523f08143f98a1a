using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Builds what a modify test changes directly in the fake Notion server (raw HTTP with a setup token of its own, so
/// the tenant's token's log shows only what modify sent): a page with a paragraph and inline databases with rows.
/// </summary>
internal sealed class ModifySetup(FakeNotionServer notion) : IDisposable
{
    private readonly HttpClient _http = Client(notion);

    public string Page { get; } = notion.AddPage("Template");

    public async Task<(string Database, string DataSource)> DatabaseAsync(string title, params string[] rows)
    {
        var schema = new JsonObject
        {
            ["Name"] = new JsonObject { ["title"] = new JsonObject() },
            ["Status"] = new JsonObject { ["select"] = new JsonObject { ["options"] = new JsonArray(new JsonObject { ["name"] = "Todo" }, new JsonObject { ["name"] = "Done" }) } },
            ["Notes"] = new JsonObject { ["rich_text"] = new JsonObject() },
            ["Due"] = new JsonObject { ["date"] = new JsonObject() },
        };
        var created = await Send(HttpMethod.Post, "v1/databases", new JsonObject
        {
            ["parent"] = new JsonObject { ["page_id"] = Page },
            ["title"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["content"] = title } }),
            ["initial_data_source"] = new JsonObject { ["properties"] = schema },
        });
        var source = created["data_sources"]![0]!["id"]!.GetValue<string>();
        foreach (var row in rows)
            await Send(HttpMethod.Post, "v1/pages", new JsonObject
            {
                ["parent"] = new JsonObject { ["data_source_id"] = source },
                ["properties"] = new JsonObject { ["Name"] = new JsonObject { ["title"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["content"] = row } }) } },
            });
        return (created["id"]!.GetValue<string>(), source);
    }

    public Task ParagraphAsync(string text) => Send(HttpMethod.Patch, $"v1/blocks/{Page}/children", new JsonObject
    {
        ["children"] = new JsonArray(new JsonObject
        {
            ["type"] = "paragraph",
            ["paragraph"] = new JsonObject { ["rich_text"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["content"] = text } }) },
        }),
    });

    /// <summary>The data source's schema as the fake holds it (name → property object), for before/after comparisons.</summary>
    public JsonObject Schema(string dataSource) => (JsonObject)notion.Store.Find(dataSource)!.Body["properties"]!.DeepClone();

    private async Task<JsonNode> Send(HttpMethod method, string path, JsonObject body)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonNode.Parse(text)!;
    }

    private static HttpClient Client(FakeNotionServer notion)
    {
        var http = new HttpClient { BaseAddress = notion.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", notion.AddToken());
        http.DefaultRequestHeaders.Add("Notion-Version", "2025-09-03");
        return http;
    }

    public void Dispose() => _http.Dispose();
}
