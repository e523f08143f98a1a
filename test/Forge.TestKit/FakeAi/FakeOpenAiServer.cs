using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeAi;

/// <summary>
/// A fake of OpenAI's Chat Completions API (<c>POST /v1/chat/completions</c>): <c>Authorization: Bearer</c>
/// required, replies and errors in the documented shapes (<c>{error:{message, type, param, code}}</c>).
/// With <c>stream: true</c> the reply comes as the documented <c>chat.completion.chunk</c> server-sent events
/// (role first, then <c>delta.content</c> pieces, then <c>finish_reason</c>), a usage chunk with empty
/// <c>choices</c> when <c>stream_options.include_usage</c> is set, and <c>data: [DONE]</c>; a broken stream is
/// cut off without <c>[DONE]</c>.
/// </summary>
public sealed class FakeOpenAiServer : FakeAiServer
{
    public const string DefaultApiKey = "sk-openai-test-key";

    private FakeOpenAiServer(string apiKey) : base(apiKey) { }

    public static async Task<FakeOpenAiServer> StartAsync(string apiKey = DefaultApiKey)
    {
        var server = new FakeOpenAiServer(apiKey);
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>OpenAI's SDK takes the base URL with the version and appends <c>/chat/completions</c>.</summary>
    public override string ConfiguredBaseUrl => new Uri(BaseAddress, "/v1").ToString();

    protected override string EndpointPath => "/v1/chat/completions";

    /// <summary>OpenAI's list: <c>{object: "list", data: [{id, object: "model", created, owned_by}]}</c>.</summary>
    protected override Task WriteModelsAsync(HttpContext context) => context.Response.WriteAsJsonAsync(new
    {
        @object = "list",
        data = Models.Select(m => new { id = m, @object = "model", created = 1_700_000_000, owned_by = "fake" }),
    });

    protected override async Task<bool> RejectUnauthenticatedAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization == $"Bearer {ApiKey}") return false;
        await WriteErrorAsync(context, 401, "Incorrect API key provided.");
        return true;
    }

    protected override async Task<bool> RejectMalformedAsync(HttpContext context, FakeAiRequest request)
    {
        string? problem = null;
        var body = request.Body;
        if (body.ValueKind != JsonValueKind.Object) problem = "We could not parse the JSON body of your request.";
        else if (!body.TryGetProperty("model", out _)) problem = "you must provide a model parameter";
        else if (!body.TryGetProperty("messages", out var m) || m.GetArrayLength() == 0) problem = "'messages' must contain at least one message";
        if (problem is null) return false;
        await WriteErrorAsync(context, 400, problem);
        return true;
    }

    protected override Task WriteReplyAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id)
    {
        var text = outcome.Text ?? "";
        var prompt = outcome.InputTokens ?? EstimateTokens(request.PromptText);
        var completion = outcome.OutputTokens ?? EstimateTokens(text);
        return context.Response.WriteAsJsonAsync(new
        {
            id = $"chatcmpl-fake{id}",
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = request.Body.GetProperty("model").GetString(),
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = prompt, completion_tokens = completion, total_tokens = prompt + completion },
        });
    }

    protected override async Task WriteStreamAsync(HttpContext context, FakeAiRequest request, FakeAiOutcome outcome, string id)
    {
        var model = request.Body.GetProperty("model").GetString();
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        object Chunk(object delta, string? finish) => new
        {
            id = $"chatcmpl-fake{id}", @object = "chat.completion.chunk", created, model,
            choices = new[] { new { index = 0, delta, logprobs = (object?)null, finish_reason = finish } },
        };
        BeginEventStream(context);
        await WriteEventAsync(context, null, Chunk(new { role = "assistant", content = "" }, null));
        foreach (var piece in Chunks(outcome))
        {
            if (outcome.ChunkDelay > TimeSpan.Zero) await Task.Delay(outcome.ChunkDelay, context.RequestAborted);
            await WriteEventAsync(context, null, Chunk(new { content = piece }, null));
        }
        if (outcome.BreakAfterChars is not null)
        {
            // A reset discards what the client has not read yet; give it the pieces first, as a real cut mid-reply would.
            await Task.Delay(TimeSpan.FromMilliseconds(300), context.RequestAborted);
            context.Abort();
            return;
        }
        await WriteEventAsync(context, null, Chunk(new { }, "stop"));
        var body = request.Body;
        if (body.TryGetProperty("stream_options", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty("include_usage", out var include) && include.ValueKind == JsonValueKind.True)
        {
            var prompt = outcome.InputTokens ?? EstimateTokens(request.PromptText);
            var completion = outcome.OutputTokens ?? EstimateTokens(outcome.Text ?? "");
            await WriteEventAsync(context, null, new
            {
                id = $"chatcmpl-fake{id}", @object = "chat.completion.chunk", created, model, choices = Array.Empty<object>(),
                usage = new { prompt_tokens = prompt, completion_tokens = completion, total_tokens = prompt + completion },
            });
        }
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    protected override Task WriteErrorAsync(HttpContext context, int status, string? message)
    {
        var (type, code) = status switch
        {
            400 => ("invalid_request_error", (string?)null),
            401 => ("invalid_request_error", "invalid_api_key"),
            404 => ("invalid_request_error", "not_found"),
            429 => ("requests", "rate_limit_exceeded"),
            _ => ("server_error", null),
        };
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new
        {
            error = new
            {
                message = message ?? DefaultMessage(status),
                type,
                param = (string?)null,
                code,
            },
        });
    }

    private static string DefaultMessage(int status) => status switch
    {
        429 => "Rate limit reached for requests. Please try again later.",
        >= 500 => "The server had an error while processing your request. Sorry about that!",
        _ => $"HTTP {status}",
    };
}
