using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.Errors;

/// <summary>
/// Recognises exceptions that mean the request could not be read, which are the client's fault and never a 500:
/// a body that ends before its Content-Length (client gone or truncated), a body arriving too slowly, too large, a
/// form over its limits. The platform's exception handler uses it, and so must any filter that catches everything
/// (a product's error filter) — or the exception becomes that product's 500.
/// </summary>
public static class RequestReadFailure
{
    /// <summary>The status recorded when the client closed the connection: nothing can be sent back.</summary>
    public const int ClientClosedRequest = 499;

    public static bool TryDescribe(Exception exception, HttpContext context, [NotNullWhen(true)] out PlatformError? error)
    {
        error = null;
        if (context.RequestAborted.IsCancellationRequested && exception is BadHttpRequestException or IOException or OperationCanceledException)
            error = new PlatformError(ClientClosedRequest, PlatformErrorKind.InvalidRequest,
                "The client closed the connection before the request was read.", Field: "body");
        else if (exception is BadHttpRequestException bad)
            error = new PlatformError(bad.StatusCode, PlatformErrorKind.InvalidRequest, bad.InnerException is JsonException json
                ? $"The request body is not valid JSON: {json.Message}"
                : Describe(bad), Field: "body");
        else if (exception is InvalidDataException form)
            error = new PlatformError(StatusCodes.Status400BadRequest, PlatformErrorKind.InvalidRequest,
                $"The request body could not be read: {form.Message}", Field: "body");
        return error is not null;
    }

    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => "The request body arrived too slowly; send it at once.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        _ when bad.Message.Contains("end of request content", StringComparison.OrdinalIgnoreCase) =>
            "The request body ended before its Content-Length.",
        _ => bad.Message,
    };
}
