using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Forge.Hosting.Errors;

/// <summary>
/// A platform error as an endpoint result, written in the product's format (or as a problem document where the
/// route has no product writer). Reports its status, so filters that measure 5xx see a 4xx.
/// </summary>
public sealed class PlatformErrorResult(PlatformError error) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => error.StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (error.StatusCode == RequestReadFailure.ClientClosedRequest || httpContext.Response.HasStarted)
        {
            if (!httpContext.Response.HasStarted) httpContext.Response.StatusCode = error.StatusCode;
            return;
        }
        if (await ProductErrors.TryWriteAsync(httpContext, error)) return;
        await Results.Problem(statusCode: error.StatusCode, title: "Bad request", detail: error.Message,
            extensions: error.Field is null ? null : new Dictionary<string, object?> { ["field"] = error.Field }).ExecuteAsync(httpContext);
    }
}
