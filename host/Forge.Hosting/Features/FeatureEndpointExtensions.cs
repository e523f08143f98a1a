using Forge.Hosting.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Features;

public static class FeatureEndpointExtensions
{
    /// <summary>
    /// Lets a request through only when the current tenant has <paramref name="feature"/> enabled.
    /// A denial is a 403 written by <paramref name="onDenied"/>, else by the product's
    /// <see cref="IProductErrorWriter"/>, else as a problem document.
    /// </summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string feature, Func<string, IResult>? onDenied = null)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var checker = context.HttpContext.RequestServices.GetRequiredService<IFeatureChecker>();
            if (await checker.IsEnabledAsync(feature, context.HttpContext.RequestAborted))
                return await next(context);
            return onDenied?.Invoke(feature) ?? new FeatureDisabledResult(feature);
        });
        return builder;
    }
}

internal sealed class FeatureDisabledResult(string feature) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var error = new PlatformError(StatusCodes.Status403Forbidden, PlatformErrorKind.FeatureDisabled,
            $"The feature '{feature}' is not enabled for this tenant.", Feature: feature);
        if (await ProductErrors.TryWriteAsync(httpContext, error)) return;
        await Results.Problem(statusCode: error.StatusCode, title: "Feature not enabled", detail: error.Message).ExecuteAsync(httpContext);
    }
}
