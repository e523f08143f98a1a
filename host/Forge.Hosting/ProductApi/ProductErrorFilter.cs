using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// Gives a product route's call its request id and turns exceptions into the product's envelope:
/// a <see cref="ProductApiException"/> as raised, anything unexpected as a 500 without internals
/// (logged with the request id); a request that cannot be read (cut short, too slow) as the platform's 4xx. Added by <see cref="ProductErrorEndpointExtensions.WithProductErrors{TBuilder}"/> (ADR 18).
/// </summary>
public sealed class ProductErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var requestId = ProductRequestId.Get(http);
        try
        {
            return await next(context);
        }
        catch (ProductApiException e)
        {
            return new ProductErrorResult(e);
        }
        catch (Exception e) when (RequestReadFailure.TryDescribe(e, http, out var unreadable))
        {
            // The platform's rule for unreadable requests (truncated, too slow, client gone): a 4xx, not a 500 (ADR 26).
            return new PlatformErrorResult(unreadable);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILogger<ProductErrorFilter>>().LogError(e, "Request {RequestId} failed", requestId);
            return new ProductErrorResult(new ProductApiException(ProductErrorKind.Internal, "internal_error",
                "An unexpected error occurred; quote the request id when reporting it."));
        }
    }
}

/// <summary>Writes a <see cref="ProductApiException"/> with the writer of the route's product (a problem document without one).</summary>
public sealed class ProductErrorResult(ProductApiException error) : IResult, IStatusCodeHttpResult
{
    public ProductApiException Error { get; } = error;

    public int? StatusCode => Error.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Error.Status;
        var product = httpContext.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>()?.Product;
        var writer = httpContext.RequestServices.GetServices<IProductErrorWriter>().FirstOrDefault(w => w.Product == product);
        if (writer is not null) return writer.WriteAsync(httpContext, Error);
        return Results.Problem(statusCode: Error.Status, title: Error.Code, detail: Error.Message,
            extensions: Error.Field is null ? null : new Dictionary<string, object?> { ["field"] = Error.Field }).ExecuteAsync(httpContext);
    }
}

public static class ProductErrorEndpointExtensions
{
    /// <summary>Adds <see cref="ProductErrorFilter"/> at this point of the filter chain.</summary>
    public static TBuilder WithProductErrors<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ProductErrorFilter>();
}
