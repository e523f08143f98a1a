using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.TestKit.FakeAi;

namespace Forge.Host.Tests.AI;

/// <summary>The fakes themselves speak the documented wire formats, checked with a plain HttpClient.</summary>
public sealed class FakeAiServerTests
{
    private static readonly object AnthropicBody = new
    {
        model = "claude-3-5-haiku-latest",
        max_tokens = 100,
        messages = new[] { new { role = "user", content = "hi" } },
    };

    [Fact]
    public async Task Anthropic_fake_answers_a_message_and_refuses_a_bad_key_and_a_rate_limit_in_its_error_shape()
    {
        await using var fake = await FakeAnthropicServer.StartAsync();
        fake.Enqueue(FakeAiOutcome.Reply("hello", 3, 1), FakeAiOutcome.RateLimited(7));
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };

        var ok = await http.SendAsync(AnthropicRequest(fake.ApiKey));
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        var message = await ok.Content.ReadFromJsonAsync<JsonElement>();
        message.GetProperty("type").GetString().ShouldBe("message");
        message.GetProperty("role").GetString().ShouldBe("assistant");
        message.GetProperty("content")[0].GetProperty("text").GetString().ShouldBe("hello");
        message.GetProperty("stop_reason").GetString().ShouldBe("end_turn");
        message.GetProperty("usage").GetProperty("input_tokens").GetInt32().ShouldBe(3);

        var limited = await http.SendAsync(AnthropicRequest(fake.ApiKey));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.GetValues("retry-after").ShouldBe(["7"]);
        (await ErrorType(limited)).ShouldBe("rate_limit_error");

        var refused = await http.SendAsync(AnthropicRequest("sk-ant-wrong"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ErrorType(refused)).ShouldBe("authentication_error");
        fake.RequestCount.ShouldBe(3);
    }

    [Fact]
    public async Task OpenAI_fake_answers_a_completion_and_errors_in_its_error_shape()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Enqueue(FakeAiOutcome.Reply("hello", 4, 2), FakeAiOutcome.ServerError());
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        var body = new { model = "gpt-4o", messages = new[] { new { role = "user", content = "hi" } } };

        var ok = await http.SendAsync(OpenAiRequest(fake.ApiKey, body));
        var completion = await ok.Content.ReadFromJsonAsync<JsonElement>();
        completion.GetProperty("object").GetString().ShouldBe("chat.completion");
        completion.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().ShouldBe("hello");
        completion.GetProperty("usage").GetProperty("total_tokens").GetInt32().ShouldBe(6);

        var failed = await http.SendAsync(OpenAiRequest(fake.ApiKey, body));
        failed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("type").GetString().ShouldBe("server_error");

        var refused = await http.SendAsync(OpenAiRequest("sk-wrong", body));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString().ShouldBe("invalid_api_key");
    }

    private static HttpRequestMessage AnthropicRequest(string key) => new(HttpMethod.Post, "/v1/messages")
    {
        Headers = { { "x-api-key", key }, { "anthropic-version", "2023-06-01" } },
        Content = JsonContent.Create(AnthropicBody),
    };

    private static HttpRequestMessage OpenAiRequest(string key, object body) => new(HttpMethod.Post, "/v1/chat/completions")
    {
        Headers = { Authorization = new("Bearer", key) },
        Content = JsonContent.Create(body),
    };

    private static async Task<string?> ErrorType(HttpResponseMessage response)
    {
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        error.GetProperty("type").GetString().ShouldBe("error");
        return error.GetProperty("error").GetProperty("type").GetString();
    }
}
