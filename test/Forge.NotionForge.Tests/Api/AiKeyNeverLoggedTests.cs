using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Forge.TestKit.FakeAi;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The key sent to detect-provider is never logged (ADR 53): the shipped host as a process, logging at Trace, detects a
/// key against the fake OpenAI server, and the key appears nowhere in its output.
/// </summary>
[ProviderSensitive]
public sealed class AiKeyNeverLoggedTests
{
    [Fact]
    public async Task The_host_output_never_contains_the_detected_key()
    {
        var key = "sk-never-logged-" + Guid.NewGuid().ToString("N");
        await using var openAi = await FakeOpenAiServer.StartAsync(key);
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings())
        {
            ["Forge:SeedDemo"] = "true",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Forge:NotionForge:AI:DetectBaseUrls:openai"] = new Uri(openAi.BaseAddress, "/v1/").ToString(),
        };

        await using var host = await HostProcess.StartAsync(settings);
        var demoKey = Regex.Match(host.Output, @"nf_live_\S+").Value;
        demoKey.ShouldNotBeEmpty(host.Output);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", demoKey);

        using var detected = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = key });
        detected.IsSuccessStatusCode.ShouldBeTrue(await detected.Content.ReadAsStringAsync());
        using var refused = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = key + "x" });
        ((int)refused.StatusCode).ShouldBe(400);
        openAi.Received.Count(r => r.Path == "/v1/models").ShouldBe(2); // the key really went to the provider

        // The outbound client's log lines of both calls (request line and headers at Trace) are written before we look.
        await Eventually.GetAsync(() => Task.FromResult(host.Output), o => Regex.Matches(o, @"notionforge-detect-provider\.LogicalHandler\[101\]").Count >= 2,
            TimeSpan.FromSeconds(10), "the outbound log lines of both calls");
        host.Output.ShouldContain("/v1/models");
        host.Output.ShouldNotContain(key);
        host.Output.ShouldNotContain(key[3..]);
    }
}
