using System.Diagnostics;
using Forge.Fortune.Application.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Outermost filter of the Fortune groups: times each request's handling (quotas, feature gate, work) and
/// notes whether it ended in a 5xx, for the status page's <c>api</c> component.
/// </summary>
internal sealed class ApiLatencyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var serverError = true;
        try
        {
            var result = await next(context);
            serverError = result is IStatusCodeHttpResult { StatusCode: >= 500 };
            return result;
        }
        finally
        {
            context.HttpContext.RequestServices.GetRequiredService<ApiLatencyWindow>()
                .Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, serverError);
        }
    }
}
