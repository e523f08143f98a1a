using Forge.Hosting.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.Platform;

/// <summary>The platform's error format: RFC 9457 problem details.</summary>
public static class PlatformProblem
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null)
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    }

    /// <summary>A platform-raised error: in the product's own format on its routes, else as a problem document.</summary>
    public static async Task WriteAsync(HttpContext context, PlatformError error, string title)
    {
        if (await ProductErrors.TryWriteAsync(context, error)) return;
        await WriteAsync(context, error.StatusCode, title, error.Message,
            error.Field is null ? null : new Dictionary<string, object?> { ["field"] = error.Field });
    }

    public static IResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
}
