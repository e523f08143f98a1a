using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Forge.TestKit.FakeNotion;
using static Forge.NotionForge.Tests.Notion.NotionBlocks;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>
/// The fake refuses what Notion refuses, with Notion's error object, so "the fake accepted every request" means
/// something. Raw HTTP here: no client-side splitting in the way.
/// </summary>
public class FakeNotionServerTests
{
    [Fact]
    public async Task Oversized_and_over_nested_payloads_are_400_validation_error()
    {
        await using var fake = await FakeNotionServer.StartAsync(burst: 100);
        var token = fake.AddToken();
        var page = fake.AddPage("Root");
        using var http = Http(fake, token);

        var tooDeep = await AppendAsync(http, page, Toggle("1", Toggle("2", Toggle("3", Paragraph("4")))));
        var tooMany = await AppendAsync(http, page, [.. Enumerable.Range(0, 101).Select(i => Paragraph($"{i}"))]);
        var tooLong = await AppendAsync(http, page, Paragraph(new string('x', 2001)));
        var deepEnough = await AppendAsync(http, page, Toggle("1", Toggle("2", Paragraph("3"))));

        foreach (var refused in new[] { tooDeep, tooMany, tooLong })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            error["object"]!.GetValue<string>().ShouldBe("error");
            error["code"]!.GetValue<string>().ShouldBe("validation_error");
        }
        deepEnough.StatusCode.ShouldBe(HttpStatusCode.OK);
        fake.Store.Outline(page).ShouldBe("toggle: 1\n  toggle: 2\n    paragraph: 3\n");
    }

    [Fact]
    public async Task A_bad_token_is_401_and_a_missing_version_400()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        fake.AddToken("ntn_good");
        using var bad = Http(fake, "ntn_bad");
        using var noVersion = Http(fake, "ntn_good");
        noVersion.DefaultRequestHeaders.Remove("Notion-Version");

        var unauthorized = await bad.GetAsync("v1/users/me");
        var missing = await noVersion.GetAsync("v1/users/me");

        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unauthorized.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"unauthorized\"");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"missing_version\"");
    }

    [Fact]
    public async Task Requests_beyond_the_rate_and_burst_are_429_with_Retry_After()
    {
        // One request per 100 s: however slow the machine, the third and fourth come too early (no timing in the test).
        await using var fake = await FakeNotionServer.StartAsync(requestsPerSecond: 0.01, burst: 2);
        var token = fake.AddToken();
        using var http = Http(fake, token);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) answers.Add(await http.GetAsync("v1/users/me"));

        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        answers.Select(a => (int)a.StatusCode).ShouldBe([200, 200, 429, 429]);
        limited.ShouldAllBe(a => a.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        fake.Log.For(token).Count(e => e.Code == "rate_limited").ShouldBe(limited.Count);
    }

    private static HttpClient Http(FakeNotionServer fake, string token)
    {
        var http = new HttpClient { BaseAddress = fake.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Add("Notion-Version", "2025-09-03");
        return http;
    }

    private static Task<HttpResponseMessage> AppendAsync(HttpClient http, string parent, params JsonObject[] blocks) =>
        http.PatchAsync($"v1/blocks/{parent}/children",
            new StringContent(new JsonObject { ["children"] = new JsonArray([.. blocks]) }.ToJsonString(), Encoding.UTF8, "application/json"));
}
