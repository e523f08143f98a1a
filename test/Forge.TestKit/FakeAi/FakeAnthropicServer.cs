using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeAi;

/// <summary>
/// A fake of Anthropic's Messages API (<c>POST /v1/messages</c>): <c>x-api-key</c> and
/// <c>anthropic-version</c> required, replies and errors in the documented shapes
/// (<c>{type:"error", error:{type, message}}</c>, 429 <c>rate_limit_error</c>, 529 <c>overloaded_error</c>).
/// Streaming is not faked.
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
        else if (body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True) problem = "stream: the fake does not stream";
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
