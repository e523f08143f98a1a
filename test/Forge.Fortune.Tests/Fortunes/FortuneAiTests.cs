using System.Net;
using Forge.Fortune.Tests.Api;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>
/// The AI path through the real Anthropic SDK against the fake Messages API on loopback: a good reply is
/// stored with its tokens and cost; invalid replies and provider failures are 503 and store nothing.
/// </summary>
public sealed class FortuneAiTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private string _profileId = null!;

    public const string GoodReply = """
        {"score": 78, "summary": "경금 일간에게 재물의 흐름이 살아나는 날입니다.",
         "categories": {
           "overall": {"score": 78, "description": "전반적으로 안정된 하루입니다."},
           "wealth": {"score": 84, "description": "편재의 기운으로 뜻밖의 수입이 있습니다."},
           "love": {"score": 66, "description": "대화로 오해를 푸는 것이 좋습니다."},
           "health": {"score": 71, "description": "가벼운 산책이 도움이 됩니다."},
           "career": {"score": 80, "description": "맡은 일을 끝까지 마무리하면 인정받습니다."}},
         "lucky_items": {"numbers": [13, 3, 28], "color": "청색", "direction": "동"}}
        """;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _host = await FortuneApi.StartWithAnthropicAsync(_anthropic);
        _client = await _host.EnterpriseClientAsync("fortunes-ai");
        _profileId = (await _client.CreateProfileAsync()).Str("id");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_reply_is_stored_as_the_models_fortune_with_tokens_and_cost_logged()
    {
        _anthropic.Enqueue(FakeAiOutcome.Reply("```json\n" + GoodReply + "\n```", inputTokens: 1200, outputTokens: 400));

        var (status, fortune) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));

        status.ShouldBe(HttpStatusCode.Created);
        fortune.ShouldBeAWholeFortune();
        fortune.Str("model").ShouldBe("haiku");
        fortune.Str("engine").ShouldBe("anthropic");
        fortune.TryGetProperty("disclaimer", out _).ShouldBeFalse();
        fortune.Int("score").ShouldBe(78);
        fortune.GetProperty("categories").GetProperty("wealth").Int("score").ShouldBe(84);
        fortune.GetProperty("lucky_items").GetProperty("numbers").EnumerateArray().Select(n => n.GetInt32()).ShouldBe([3, 13, 28]);

        // The prompt carried the computed chart and the day's pillar, not the person's name.
        var prompt = _anthropic.Received.Single().PromptText;
        prompt.ShouldContain("경진"); // day pillar of 1990-05-15
        prompt.ShouldContain("경금");
        prompt.ShouldContain("2025년 1월 16일");
        prompt.ShouldNotContain("김민수");

        var row = $"FROM fortune_generations WHERE \"FortuneId\" = '{fortune.Str("id")}'";
        (await _host.CountAsync($"SELECT \"InputTokens\" {row}")).ShouldBe(1200);
        (await _host.CountAsync($"SELECT \"OutputTokens\" {row}")).ShouldBe(400);
        // haiku list prices: 0.80 $/MTok in, 4.00 $/MTok out → 0.00096 + 0.0016, stored as whole nano-dollars.
        (await _host.CountAsync($"SELECT \"CostNanoUsd\" {row}")).ShouldBe(2_560_000);
        (await _host.CountAsync($"SELECT COUNT(*) {row} AND \"Model\" = 'haiku' AND \"Engine\" = 'anthropic' AND \"RequestedModel\" = 'haiku'")).ShouldBe(1);

        // The same conditions again: from storage, no second call to the provider, no cost.
        var (again, cached) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));
        again.ShouldBe(HttpStatusCode.OK);
        cached.Str("id").ShouldBe(fortune.Str("id"));
        _anthropic.RequestCount.ShouldBe(1);
        (await _host.CountAsync($"SELECT COUNT(*) {row} AND \"Cached\" = @c AND \"InputTokens\" = 0", ("@c", true))).ShouldBe(1);
    }

    [Fact]
    public async Task An_invalid_reply_is_corrected_once_and_both_attempts_are_paid_for()
    {
        _anthropic.Enqueue(
            FakeAiOutcome.Reply("""{"score": 150, "summary": "좋은 날", "categories": {}}""", inputTokens: 1000, outputTokens: 100),
            FakeAiOutcome.Reply(GoodReply, inputTokens: 1300, outputTokens: 400));

        var (status, fortune) = await _client.PostFortuneAsync(FortuneApi.Body(_profileId));

        status.ShouldBe(HttpStatusCode.Created);
        _anthropic.RequestCount.ShouldBe(2);
        _anthropic.Received[1].PromptText.ShouldContain("score must be an integer from 0 to 100");
        (await _host.CountAsync($"SELECT \"InputTokens\" FROM fortune_generations WHERE \"FortuneId\" = '{fortune.Str("id")}'")).ShouldBe(2300);
    }

    [Theory]
    [InlineData("no json at all, sorry")]
    [InlineData("""{"score": 70.5, "summary": "좋은 날입니다.", "categories": {}}""")]
    [InlineData("""{"score": 70, "summary": "A fine day.", "categories": {"overall": {"score": 70, "description": "Fine."}}}""")]
    public async Task A_model_that_keeps_answering_badly_is_503_and_nothing_is_stored(string reply)
    {
        _anthropic.Otherwise = FakeAiOutcome.Reply(reply);

        var response = await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId));

        await response.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable", "service_unavailable");
        _anthropic.RequestCount.ShouldBe(2);
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_provider_is_503_after_the_retries_and_nothing_is_stored()
    {
        _anthropic.Otherwise = FakeAiOutcome.ServerError();

        var response = await _client.PostJsonAsync("/v1/fortunes", FortuneApi.Body(_profileId));

        await response.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable", "service_unavailable");
        _anthropic.RequestCount.ShouldBe(3); // the first attempt and the pipeline's two retries
        (await _host.FortuneRowsAsync(_profileId)).ShouldBe(0);
        (await _host.Database.CountAsync("fortune_generations")).ShouldBe(0);

        // The provider recovers: the next request generates normally.
        _anthropic.Otherwise = FakeAiOutcome.Reply(GoodReply);
        (await _client.PostFortuneAsync(FortuneApi.Body(_profileId))).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_alias_whose_provider_is_not_configured_gets_the_builtin_engine_beside_the_models_fortune()
    {
        _anthropic.Otherwise = FakeAiOutcome.Reply(GoodReply);

        var haiku = await _client.CreateFortuneAsync(_profileId);
        var gpt = await _client.CreateFortuneAsync(_profileId, extra: "\"model\":\"gpt4o\"");

        haiku.Str("model").ShouldBe("haiku");
        gpt.Str("model").ShouldBe("builtin");
        gpt.Str("engine").ShouldBe("builtin");
        gpt.Str("id").ShouldNotBe(haiku.Str("id"));
        _anthropic.RequestCount.ShouldBe(1);
        var list = await _client.GetAsync("/v1/fortunes?model=haiku").OkJsonAsync();
        list.GetProperty("data").EnumerateArray().Single().Str("id").ShouldBe(haiku.Str("id"));
    }
}
