using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Hosting.Identity;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 1 in one pass (ADR 59): every NotionForge route, through the real host against the fake Notion
/// server, answers its success once — with the tenant's OAuth connection instead of a Notion token, so the connection
/// path is exercised everywhere — and the route table proves none was left out. [ProviderSensitive]: it runs on SQLite
/// and PostgreSQL. Each area's own classes test the details; this one proves the whole surface stands on both stores.
/// </summary>
[ProviderSensitive]
public sealed class EndpointSweepTests(SweepFixture fixture) : IClassFixture<SweepFixture>
{
    private readonly HashSet<string> _hit = [];

    [Fact]
    public async Task Every_route_answers_through_the_real_host_on_this_provider()
    {
        var (_, client, key, _) = await fixture.TenantAsync();
        using var oauth = fixture.Host.NoRedirects(key);
        var parent = fixture.Notion.AddPage("Sweep");
        var anonymous = fixture.Host.Client;

        foreach (var path in new[] { "/health", "/health/ready", "/health/live" }) await OkAsync(anonymous, HttpMethod.Get, path, path);

        // OAuth: the connection every later call uses.
        (await OkAsync(client, HttpMethod.Get, "/api/oauth/status", "/api/oauth/status")).GetProperty("oauth_configured").GetBoolean().ShouldBeTrue();
        _hit.Add("GET /api/oauth/authorize");
        _hit.Add("GET /api/oauth/callback");
        var code = await OAuthFlow.ConnectAsync(fixture.Host, fixture.Notion, oauth, "Sweep space", SweepFixture.FrontendUrl);
        (await OkAsync(client, HttpMethod.Post, "/api/oauth/exchange", $"/api/oauth/exchange?code={code}")).GetProperty("oauth_token").GetString()!.ShouldStartWith("ntn_");

        // Skills.
        (await OkAsync(client, HttpMethod.Get, "/api/skills", "/api/skills")).GetProperty("skills").EnumerateObject().Count().ShouldBeGreaterThanOrEqualTo(12);
        var skill = new { skill_id = "sweep_skill", name = "Sweep", content = "# Sweep" };
        await OkAsync(client, HttpMethod.Post, "/api/skills", "/api/skills", JsonContent.Create(skill));
        await OkAsync(client, HttpMethod.Get, "/api/skills/{skill_id}", "/api/skills/sweep_skill");
        await OkAsync(client, HttpMethod.Put, "/api/skills/{skill_id}", "/api/skills/sweep_skill", JsonContent.Create(skill with { name = "Sweep 2" }));
        await OkAsync(client, HttpMethod.Delete, "/api/skills/{skill_id}", "/api/skills/sweep_skill");

        // Recipes, preview.
        (await OkAsync(client, HttpMethod.Get, "/api/recipes", "/api/recipes")).GetArrayLength().ShouldBeGreaterThanOrEqualTo(6);
        await OkAsync(client, HttpMethod.Get, "/api/recipes/categories/list", "/api/recipes/categories/list");
        await OkAsync(client, HttpMethod.Get, "/api/recipes/{recipe_id}", "/api/recipes/reading-log");
        Success(await OkAsync(client, HttpMethod.Post, "/api/recipes/{recipe_id}/generate", "/api/recipes/reading-log/generate",
            JsonContent.Create(new { parent_page_id = parent })));
        await OkAsync(client, HttpMethod.Post, "/api/templates/preview", "/api/templates/preview", JsonContent.Create(new { prompt = "독서 기록장 만들어줘" }));

        // Generation: sync, stream, task (with rollback and cancel of the finished task).
        var generated = await OkAsync(client, HttpMethod.Post, "/api/templates/generate", "/api/templates/generate", JsonContent.Create(Generate(parent)));
        Success(generated);
        var page = generated.GetProperty("page_id").GetString()!;
        _hit.Add("POST /api/templates/generate/stream");
        using (var stream = await RawSse.PostAsync(client, "/api/templates/generate/stream", Generate(parent)))
            (await stream.ToTerminalAsync())[^1].Type.ShouldBe("complete");
        var submitted = await OkAsync(client, HttpMethod.Post, "/api/tasks/submit", "/api/tasks/submit",
            new StringContent(JsonSerializer.Serialize(new { parent_page_id = parent, blueprint = JsonDocument.Parse(Forge.NotionForge.Blueprints.BlueprintJson.Serialize(SampleBlueprints.Valid())).RootElement }), Encoding.UTF8, "application/json"));
        var taskId = submitted.GetProperty("task_id").GetString()!;
        _hit.Add("GET /api/tasks/{task_id}");
        (await client.FinishedAsync(taskId)).Status().ShouldBe("completed");
        await OkAsync(client, HttpMethod.Post, "/api/tasks/{task_id}/rollback", $"/api/tasks/{taskId}/rollback");
        (await OkAsync(client, HttpMethod.Delete, "/api/tasks/{task_id}", $"/api/tasks/{taskId}")).Status().ShouldBe("completed");

        // Modify, document, workspace actions, metrics.
        Success(await OkAsync(client, HttpMethod.Post, "/api/templates/{page_id}/modify", $"/api/templates/{page}/modify",
            JsonContent.Create(new { prompt = "add a 'Priority' select property" })));
        Success(await OkAsync(client, HttpMethod.Post, "/api/templates/document-to-notion", "/api/templates/document-to-notion",
            CatalogDocumentTests.Form("notes.md", Encoding.UTF8.GetBytes("# Notes\n\nHello."), null, parent)));
        await OkAsync(client, HttpMethod.Get, "/api/templates/search", "/api/templates/search?q=Sweep");
        await OkAsync(client, HttpMethod.Post, "/api/templates/{page_id}/comment", $"/api/templates/{page}/comment?text=Nice");
        await OkAsync(client, HttpMethod.Post, "/api/templates/{page_id}/lock", $"/api/templates/{page}/lock?locked=true");
        await OkAsync(client, HttpMethod.Post, "/api/templates/{page_id}/archive", $"/api/templates/{page}/archive");
        (await OkAsync(client, HttpMethod.Get, "/api/metrics/summary", "/api/metrics/summary")).GetProperty("total_generations").GetInt32().ShouldBe(5);

        // AI routes: the key's provider is the fake OpenAI server; no provider is named copilot, which is said, not pretended.
        await OkAsync(client, HttpMethod.Post, "/api/templates/ai/detect-provider", "/api/templates/ai/detect-provider",
            JsonContent.Create(new { api_key = fixture.OpenAi.ApiKey }));
        (await OkAsync(client, HttpMethod.Get, "/api/templates/ai/copilot-status", "/api/templates/ai/copilot-status")).GetProperty("available").GetBoolean().ShouldBeFalse();
        _hit.Add("POST /api/templates/ai/copilot-model");
        using (var choose = await client.PostAsJsonAsync("/api/templates/ai/copilot-model", new { model = "gpt-4.1" }))
            (await choose.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("model");

        // The chat: a plain GET documents it; a socket inits with the connection (no token).
        await OkAsync(client, HttpMethod.Get, "/ws/chat", "/ws/chat");
        await using (var chat = await ChatSocket.ConnectAsync(fixture.Host, key))
        {
            await chat.SendAsync(new { type = "init", parent_page_id = parent });
            await chat.ExpectAsync("ready");
        }

        _hit.Order().ShouldBe(Routes().Order());
    }

    private static object Generate(string parent) =>
        new { prompt = "간단한 습관 트래커 만들어줘", parent_page_id = parent, options = new { complexity = "simple", include_sample_data = false } };

    private static void Success(JsonElement body) => body.GetProperty("success").GetBoolean().ShouldBeTrue(body.ToString());

    private async Task<JsonElement> OkAsync(HttpClient client, HttpMethod method, string route, string path, HttpContent? body = null)
    {
        _hit.Add($"{method} {route}");
        using var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = body });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>Every route the host maps for NotionForge, as "METHOD /pattern".</summary>
    private IEnumerable<string> Routes() =>
        fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ProductApiMetadata>()?.Product == NotionForgeProduct.Name)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {"/" + e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct();
}

/// <summary>
/// The AI fixture (fake Notion, Anthropic and OpenAI servers, built-in planner) with Notion OAuth configured against
/// the fake Notion server, so every route — the OAuth ones and those that use the connection — can be called.
/// </summary>
public sealed class SweepFixture : AiHostFixture
{
    public const string ClientId = "sweep-client";
    public const string FrontendUrl = "http://frontend.example/sweep";

    protected override async Task StartDependenciesAsync()
    {
        await base.StartDependenciesAsync();
        Notion.RegisterOAuthClient(ClientId, "sweep-secret");
    }

    protected override IDictionary<string, string?> Extra => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:RateLimitPerMinute"] = "0",
        ["Forge:NotionForge:OAuth:ClientId"] = ClientId,
        ["Forge:NotionForge:OAuth:ClientSecret"] = "sweep-secret",
        ["Forge:NotionForge:OAuth:RedirectUri"] = "http://127.0.0.1/api/oauth/callback",
        ["Forge:NotionForge:OAuth:FrontendUrl"] = FrontendUrl,
        ["Forge:NotionForge:OAuth:AuthorizeUrl"] = Notion.BaseAddress + "v1/oauth/authorize",
    };
}
