using System.Globalization;
using System.Net;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>
/// <c>POST /v1/fortunes/stream</c> on the AI path: the real Anthropic SDK streaming from the fake Messages API.
/// The model's text arrives as readable deltas; the whole reply is checked before anything is stored; a
/// provider that fails mid-stream or an invalid reply ends with an <c>error</c> event and stores nothing.
/// </summary>
public sealed class FortuneStreamAiTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _host = await FortuneApi.StartWithAnthropicAsync(_anthropic);
        _client = await _host.EnterpriseClientAsync("fortunes-stream-ai");
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    // Escapes in the model's JSON (\" and \n, a \u escape) must reach the client decoded.
    private const string Reply = """
        ```json
        {"score": 78, "summary": "경금 일간에게 \"재물\"의 흐름이\n살아나는 날입니다.",
         "categories": {
           "overall": {"score": 78, "description": "전반적으로 안정된 하루입니다."},
           "wealth": {"score": 84, "description": "편재의 기운으로 \uB73B밖의 수입이 있습니다."},
           "love": {"score": 66, "description": "대화로 오해를 푸는 것이 좋습니다."},
           "health": {"score": 71, "description": "가벼운 산책이 도움이 됩니다."},
           "career": {"score": 80, "description": "맡은 일을 끝까지 마무리하면 인정받습니다."}},
         "lucky_items": {"numbers": [13, 3, 28], "color": "청색", "direction": "동"}}
        ```
        """;

    [Fact]
    public async Task The_models_text_streams_as_decoded_deltas_then_the_checked_fortune_is_stored()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply(Reply, inputTokens: 1200, outputTokens: 400) with { ChunkLength = 5 });

        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));

        frames.Shape().ShouldBe("start,delta," + FortuneStreamApi.CategoriesThenDone);
        frames[0].Data.Str("model").ShouldBe("haiku");
        frames[0].Data.Str("engine").ShouldBe("anthropic");
        var texts = frames.Texts();
        texts["summary"].ShouldBe("경금 일간에게 \"재물\"의 흐름이\n살아나는 날입니다.");
        texts["categories.wealth.description"].ShouldBe("편재의 기운으로 뜻밖의 수입이 있습니다.");
        texts.Keys.Count.ShouldBe(6); // scores, lucky items and JSON punctuation are not text

        var done = frames[^1].Data;
        var fortune = done.GetProperty("fortune");
        fortune.Str("id").ShouldBe(frames[0].Data.Str("id"));
        fortune.Str("summary").ShouldBe(texts["summary"]);
        fortune.Int("score").ShouldBe(78);
        frames.CategoriesShouldMatch(fortune);
        var tokens = done.GetProperty("stats").GetProperty("tokens");
        tokens.GetProperty("input").GetInt64().ShouldBe(1200);
        tokens.GetProperty("output").GetInt64().ShouldBe(400);
        done.GetProperty("stats").GetProperty("cost_usd").GetDecimal().ShouldBe(0.00256m);

        var stored = await _client.GetAsync($"/v1/fortunes/{fortune.Str("id")}").OkJsonAsync();
        JsonSerializer.Serialize(stored).ShouldBe(JsonSerializer.Serialize(fortune));
        var row = $"FROM fortune_generations WHERE \"FortuneId\" = '{fortune.Str("id")}'";
        (await _host.CountAsync($"SELECT \"OutputTokens\" {row}")).ShouldBe(400);
        (await _host.CountAsync($"SELECT \"CostNanoUsd\" {row}")).ShouldBe(2_560_000); // $0.00256
        _anthropic.Received.Single().Body.GetProperty("stream").GetBoolean().ShouldBeTrue();

        // Cached afterwards, for the blocking endpoint too: no second model call.
        (await _client.PostFortuneAsync(FortuneApi.Body(_profileId))).Status.ShouldBe(HttpStatusCode.OK);
        _anthropic.RequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_provider_failing_mid_stream_ends_with_an_error_event_and_nothing_is_stored()
    {
        _anthropic.Enqueue(FakeAiOutcome.BrokenStream(Reply, 120));

        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));

        frames.Shape().ShouldBe("start,delta,error");
        var error = frames[^1].Data;
        error.Str("code").ShouldBe("service_unavailable");
        error.Str("type").ShouldBe("service_unavailable");
        error.Str("message").ShouldContain("haiku");
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);
        (await _client.GetAsync($"/v1/fortunes/{frames[0].Data.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_provider_refusing_before_the_stream_is_an_error_event_after_the_pipelines_retries()
    {
        _anthropic.Otherwise = FakeAiOutcome.ServerError();

        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));

        frames.Shape().ShouldBe("start,error");
        frames[^1].Data.Str("code").ShouldBe("service_unavailable");
        _anthropic.RequestCount.ShouldBe(3);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_complete_but_invalid_reply_is_an_error_event_without_a_retry_and_nothing_is_stored()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply("""{"score": 150, "summary": "좋은 날입니다.", "categories": {}}"""));

        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));

        frames.Shape().ShouldBe("start,delta,error");
        frames[^1].Data.Str("code").ShouldBe("service_unavailable");
        frames[^1].Data.Str("message").ShouldContain("did not produce a valid fortune");
        _anthropic.RequestCount.ShouldBe(1);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_stream_cancels_the_generation_and_the_host_carries_on()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply(Reply) with { ChunkLength = 4, ChunkDelay = TimeSpan.FromMilliseconds(50) });

        await using (var sse = await SseClient.PostAsync(_client, FortuneStreamApi.Path, FortuneApi.Body(_profileId)))
        {
            (await sse.NextAsync()).Event.ShouldBe("start");
            (await sse.NextAsync()).Event.ShouldBe("delta");
        } // hang up while the model is still writing

        // The model call was cancelled with the request (the provider saw it hang up): nothing is stored…
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_anthropic.AbandonedStreams == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        _anthropic.AbandonedStreams.ShouldBe(1);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
        // …and the host answers the next stream normally.
        _anthropic.Enqueue(FakeAiOutcome.Reply(Reply));
        var frames = await _client.StreamAsync(FortuneApi.Body(_profileId));
        frames.Shape().ShouldBe("start,delta," + FortuneStreamApi.CategoriesThenDone);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(1);
    }
}
