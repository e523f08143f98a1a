using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Simple;

/// <summary>The v0 daily fortune written by a model (fake Anthropic): cost on the first call, the in-memory cache after.</summary>
public sealed class SimpleDailyFortuneAiTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _free = null!;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _host = await FortuneApi.StartWithAnthropicAsync(_anthropic);
        _free = await _host.ClientForAsync("v0-daily-ai", "free");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, string body)
    {
        var response = await client.PostJsonAsync("/api/daily-fortune", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_model_writes_the_day_once_and_the_same_pillars_date_and_model_are_served_from_the_cache()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply(FortuneAiTests.GoodReply, inputTokens: 1200, outputTokens: 400));

        var first = await OkAsync(_free, SimpleDailyApi.Body());
        first.GetProperty("meta").Str("model").ShouldBe("haiku");
        first.GetProperty("meta").GetProperty("cached").GetBoolean().ShouldBeFalse();
        first.GetProperty("meta").GetProperty("cost").GetDecimal().ShouldBe(0.00256m);
        var data = first.GetProperty("data");
        data.Str("engine").ShouldBe("anthropic");
        data.GetProperty("todayFortune").Int("score").ShouldBe(78);
        data.Str("disclaimer").ShouldContain("AI 모델이 작성");
        // The name addresses the reader but never reaches the model.
        _anthropic.Received.Single().PromptText.ShouldNotContain("김민수");

        // Another name, same pillars, date and model: cached, free, and addressed to the new name.
        var second = await OkAsync(_free, SimpleDailyApi.Body(user: "\"userName\":\"이정\""));
        second.GetProperty("meta").GetProperty("cached").GetBoolean().ShouldBeTrue();
        second.GetProperty("meta").GetProperty("cost").GetDecimal().ShouldBe(0m);
        second.GetProperty("data").GetProperty("todayFortune").Str("greeting").ShouldStartWith("이정님");
        second.GetProperty("data").GetProperty("todayFortune").Str("summary").ShouldBe(data.GetProperty("todayFortune").Str("summary"));
        _anthropic.RequestCount.ShouldBe(1);

        // The stream answers from the same cache.
        await using (var sse = await SseClient.PostAsync(_free, "/api/daily-fortune-stream", SimpleDailyApi.Body()))
        {
            var frames = await sse.ToEndAsync();
            frames[^1].Data.GetProperty("cached").GetBoolean().ShouldBeTrue();
        }
        _anthropic.RequestCount.ShouldBe(1);

        // Another day, and another tenant, are not the cached answer.
        _anthropic.Otherwise = FakeAiOutcome.Reply(FortuneAiTests.GoodReply);
        (await OkAsync(_free, SimpleDailyApi.Body(extra: ",\"date\":\"2025-01-17\""))).GetProperty("meta").GetProperty("cached").GetBoolean().ShouldBeFalse();
        var other = await _host.ClientForAsync("v0-daily-ai-other", "free");
        (await OkAsync(other, SimpleDailyApi.Body())).GetProperty("meta").GetProperty("cached").GetBoolean().ShouldBeFalse();
        _anthropic.RequestCount.ShouldBe(3);
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_provider_is_503_for_the_call_and_an_error_event_in_the_stream_after_the_rules_sections()
    {
        _anthropic.Otherwise = FakeAiOutcome.ServerError();

        await (await _free.PostJsonAsync("/api/daily-fortune", SimpleDailyApi.Body()))
            .ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable", "service_unavailable");

        await using var sse = await SseClient.PostAsync(_free, "/api/daily-fortune-stream", SimpleDailyApi.Body());
        var frames = await sse.ToEndAsync();
        frames.Select(f => f.Event).ShouldBe(["character", "tendency", "error"]);
        frames[^1].Data.Str("code").ShouldBe("service_unavailable");
        frames[^1].Data.Str("type").ShouldBe("service_unavailable");
    }
}
