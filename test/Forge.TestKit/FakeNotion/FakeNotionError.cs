using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeNotion;

/// <summary>A refusal in Notion's error object shape (<c>{object:"error", status, code, message}</c>).</summary>
public sealed class FakeNotionError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static FakeNotionError Validation(string message) => new(400, "validation_error", message);
    public static FakeNotionError NotFound(string id) =>
        new(404, "object_not_found", $"Could not find object with ID: {id}. Make sure the relevant pages and databases are shared with your integration.");

    internal async Task WriteAsync(HttpContext context, int? retryAfterSeconds = null)
    {
        context.Response.StatusCode = Status;
        if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString();
        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["object"] = "error", ["status"] = Status, ["code"] = Code, ["message"] = Message,
            ["request_id"] = Guid.NewGuid().ToString(),
        };
        await context.Response.WriteAsync(body.ToJsonString());
    }
}

/// <summary>
/// An error the test asks the fake to answer instead of the real work (e.g. a 503 or a 429 with <c>Retry-After</c>),
/// after <see cref="Delay"/> (a slow Notion) unless the client hangs up first.
/// </summary>
public sealed record FakeNotionFault(int Status, string Code, string Message = "Injected by the test.", int? RetryAfterSeconds = null)
{
    public TimeSpan Delay { get; init; }
}
