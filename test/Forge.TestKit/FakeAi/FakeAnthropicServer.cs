using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeAi;

/// <summary>
/// A fake of Anthropic's Messages API (<c>POST /v1/messages</c>): <c>x-api-key</c> and
/// <c>anthropic-version</c> required, replies and errors in the documented shapes
/// (<c>{type:"error", error:{type, message}}</c>, 429 <c>rate_limit_error</c>, 529 <c>overloaded_error</c>).
/// With <c>stream: true</c> the reply comes as the documented server-sent events: <c>message_start</c>,
/// <c>content_block_start</c>, <c>ping</c>, <c>content_block_delta</c> (<c>text_delta</c>)…, <c>content_block_stop</c>,
/// <c>message_delta</c> (stop reason, output tokens), <c>message_stop</c>; a broken stream ends with an
/// <c>error</c> event (<c>overloaded_error</c>), as the API does when it fails mid-stream.
/// </summary>
public sealed class FakeAnthropicServer : FakeAiServer
{
    public const string DefaultApiKey = "sk-ant-test-key";

    private FakeAnthropicServer(string apiKey) : base(apiKey) { }

    public static async Task<FakeAnthropicServer> StartAsync(string apiKey = DefaultApiKey)
    {
        var server = new FakeAnthropicServer(apiKey);
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>The SDK appends <c>/v1/messages</c> itself.</summary>
    public override string ConfiguredBaseUrl => BaseAddress.ToString().TrimEnd('/');

    protected override string EndpointPath => "/v1/messages";

    /// <summary>Anthropic's list: <c>{data: [{type: "model", id, display_name, created_at}], has_more, first_id, last_id}</c>.</summary>
    protected override Task WriteModelsAsync(HttpContext context) => context.Response.WriteAsJsonAsync(new
    {
        data = Models.Select(m => new { type = "model", id = m, display_name = m, created_at = "2025-01-01T00:00:00Z" }),
        has_more = false,
        first_id = Models.FirstOrDefault(),
        last_id = Models.LastOrDefault(),
    });

    protected override async Task<bool> RejectUnauthenticatedAsync(HttpContext context)
    {
        if (context.Request.Headers["x-api-key"] == ApiKey) return false;
        await WriteErrorAsync(context, 401, "invalid x-api-key");
        return true;
    }

    protected override async Task<bool> RejectMalformedAsync(HttpContext context, FakeAiRequest request)
    {
        string? problem = null;
        var body = request.Body;
        if (string.IsNullOrEmpty(context.Request.Headers["anthropic-version"])) problem = "anthropic-version: header is required";
        else if (body.ValueKind != JsonValueKind.Object) problem = "The request body is not valid JSON.";
        else if (!body.TryGetProperty("model", out _)) problem = "model: Field required";
        else if (!body.TryGetProperty("max_tokens", out _)) problem = "max_tokens: Field required";
        else if (!body.TryGetProperty("messages", out var m) || m.GetArrayLength() == 0) problem = "messages: at least one message is required";
        if (problem is null) return false;
        await WriteErrorAsync(context, 400, problem);
        return true;
    }

    protected override Task WriteReplyAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id)
    {
        var text = outcome.Text ?? "";
        context.Response.Headers["request-id"] = $"req_fake{id}";
        return context.Response.WriteAsJsonAsync(new
        {
            id = $"msg_fake{id}",
            type = "message",
            role = "assistant",
            content = new[] { new { type = "text", text } },
            model = request.Body.GetProperty("model").GetString(),
            stop_reason = "end_turn",
            stop_sequence = (string?)null,
            usage = new
            {
                input_tokens = outcome.InputTokens ?? EstimateTokens(request.PromptText),
                output_tokens = outcome.OutputTokens ?? EstimateTokens(text),
            },
        });
    }

    protected override async Task WriteStreamAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id)
    {
        var model = request.Body.GetProperty("model").GetString();
        var input = outcome.InputTokens ?? EstimateTokens(request.PromptText);
        context.Response.Headers["request-id"] = $"req_fake{id}";
        BeginEventStream(context);
        await WriteEventAsync(context, "message_start", new
        {
            type = "message_start",
            message = new
            {
                id = $"msg_fake{id}", type = "message", role = "assistant", content = Array.Empty<object>(), model,
                stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = input, output_tokens = 1 },
            },
        });
        await WriteEventAsync(context, "content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } });
        await WriteEventAsync(context, "ping", new { type = "ping" });
        foreach (var chunk in Chunks(outcome))
        {
            if (outcome.ChunkDelay > TimeSpan.Zero) await Task.Delay(outcome.ChunkDelay, context.RequestAborted);
            await WriteEventAsync(context, "content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = chunk } });
        }
        if (outcome.BreakAfterChars is not null)
        {
            await WriteEventAsync(context, "error", new { type = "error", error = new { type = "overloaded_error", message = "Overloaded" } });
            return;
        }
        await WriteEventAsync(context, "content_block_stop", new { type = "content_block_stop", index = 0 });
        await WriteEventAsync(context, "message_delta", new
        {
            type = "message_delta",
            delta = new { stop_reason = "end_turn", stop_sequence = (string?)null },
            usage = new { output_tokens = outcome.OutputTokens ?? EstimateTokens(outcome.Text ?? "") },
        });
        await WriteEventAsync(context, "message_stop", new { type = "message_stop" });
    }

    protected override Task WriteErrorAsync(HttpContext context, int status, string? message)
    {
        var type = status switch
        {
            400 => "invalid_request_error",
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            413 => "request_too_large",
            429 => "rate_limit_error",
            529 => "overloaded_error",
            _ => "api_error",
        };
        context.Response.StatusCode = status;
        context.Response.Headers["request-id"] = $"req_fake{NextId()}";
        return context.Response.WriteAsJsonAsync(new
        {
            type = "error",
            error = new { type, message = message ?? DefaultMessage(type) },
        });
    }

    private static string DefaultMessage(string type) => type switch
    {
        "rate_limit_error" => "Number of request tokens has exceeded your per-minute rate limit.",
        "overloaded_error" => "Overloaded",
        "api_error" => "Internal server error",
        _ => type,
    };
}
