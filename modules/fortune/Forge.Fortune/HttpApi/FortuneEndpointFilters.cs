using Forge.Fortune.Application;
using Forge.Hosting.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Outermost filter of every Fortune route: gives the call its request id and turns exceptions into
/// the product's envelope — a refusal with its code, anything unexpected as a 500 without internals.
/// </summary>
internal sealed class FortuneExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        FortuneRequestId.Get(http);
        try
        {
            return await next(context);
        }
        catch (FortuneApiException e)
        {
            return FortuneErrors.Result(http, e.StatusCode, e.Code, e.Type, e.Message, e.Field);
        }
        catch (Exception e) when (RequestReadFailure.TryDescribe(e, http, out var unreadable))
        {
            // The platform's rule for unreadable requests (truncated, too slow, client gone): a 4xx, not Fortune's 500.
            return new PlatformErrorResult(unreadable);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILogger<FortuneExceptionFilter>>()
                .LogError(e, "Fortune request {RequestId} failed", FortuneRequestId.Get(http));
            return FortuneErrors.Result(http, 500, FortuneErrorCodes.InternalError, FortuneErrorTypes.ServerError,
                "An unexpected error occurred; quote the request id when reporting it.");
        }
    }
}
