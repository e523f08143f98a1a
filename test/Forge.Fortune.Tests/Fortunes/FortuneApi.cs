using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>Helpers for the <c>/v1/fortunes</c> tests: a host with or without an AI provider, creating fortunes, reading the log.</summary>
internal static class FortuneApi
{
    /// <summary>The host with no AI provider configured: every alias falls back to the built-in engine.</summary>
    public static Task<TestHost> StartBuiltinAsync() => FortuneApiHost.StartAsync();

    /// <summary>The host with Anthropic (haiku, sonnet) pointed at <paramref name="anthropic"/>, retries shrunk to test speed.</summary>
    public static Task<TestHost> StartWithAnthropicAsync(FakeAnthropicServer anthropic) => TestHost.StartAsync(["Fortune"], new Dictionary<string, string?>
    {
        ["Forge:AI:Providers:Anthropic:ApiKey"] = anthropic.ApiKey,
        ["Forge:AI:Providers:Anthropic:BaseUrl"] = anthropic.ConfiguredBaseUrl,
        ["Forge:AI:Resilience:TotalTimeout"] = "00:00:10",
        ["Forge:AI:Resilience:AttemptTimeout"] = "00:00:02",
        ["Forge:AI:Resilience:MaxRetryAttempts"] = "2",
        ["Forge:AI:Resilience:RetryBaseDelay"] = "00:00:00.020",
        ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "1000",
    });

    public static string Body(string profileId, string type = "daily", string? date = "2025-01-16", string? extra = null) =>
        $$"""{"profile_id":"{{profileId}}","fortune_type":"{{type}}"{{(date is null ? "" : $",\"fortune_date\":\"{date}\"")}}{{(extra is null ? "" : "," + extra)}}}""";

    public static async Task<(HttpStatusCode Status, JsonElement Fortune)> PostFortuneAsync(this HttpClient client, string json)
    {
        var response = await client.PostJsonAsync("/v1/fortunes", json);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Created, HttpStatusCode.OK], text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> CreateFortuneAsync(this HttpClient client, string profileId, string type = "daily", string? date = "2025-01-16", string? extra = null) =>
        (await client.PostFortuneAsync(Body(profileId, type, date, extra))).Fortune;

    public static async Task<long> CountAsync(this TestHost host, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await host.Database.ScalarAsync(sql, parameters), CultureInfo.InvariantCulture);

    public static Task<long> FortuneRowsAsync(this TestHost host, string profileId) =>
        host.CountAsync("SELECT COUNT(*) FROM fortune_fortunes WHERE \"ProfileId\" = @p", ("@p", profileId));

    public static Task<long> GenerationRowsAsync(this TestHost host, string profileId, bool cached) =>
        host.CountAsync("SELECT COUNT(*) FROM fortune_generations WHERE \"ProfileId\" = @p AND \"Cached\" = @c", ("@p", profileId), ("@c", cached));

    public static int Int(this JsonElement e, string property) => e.GetProperty(property).GetInt32();

    public static readonly string[] Categories = ["overall", "wealth", "love", "health", "career"];

    /// <summary>The Fortune object's invariants, whichever engine wrote it.</summary>
    public static void ShouldBeAWholeFortune(this JsonElement f)
    {
        f.Str("id").ShouldMatch("^ftn_[0-9a-z]{12}$");
        f.Str("profile_id").ShouldStartWith("prf_");
        f.Int("score").ShouldBeInRange(0, 100);
        f.Str("summary").ShouldNotBeNullOrWhiteSpace();
        var categories = f.GetProperty("categories");
        categories.EnumerateObject().Select(p => p.Name).ShouldBe(Categories);
        foreach (var key in Categories)
        {
            categories.GetProperty(key).Int("score").ShouldBeInRange(0, 100);
            categories.GetProperty(key).Str("description").ShouldNotBeNullOrWhiteSpace();
        }
        f.Str("generated_at").ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$");
    }
}
