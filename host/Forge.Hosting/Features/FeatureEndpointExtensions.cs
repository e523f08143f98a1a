using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Features;

public static class FeatureEndpointExtensions
{
    /// <summary>
    /// Lets a request through only when the current tenant has <paramref name="feature"/> enabled.
    /// <paramref name="onDenied"/> writes the product's own "not enabled" error; the default is a
    /// 403 problem document.
    /// </summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string feature, Func<string, IResult>? onDenied = null)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var checker = context.HttpContext.RequestServices.GetRequiredService<IFeatureChecker>();
            if (await checker.IsEnabledAsync(feature, context.HttpContext.RequestAborted))
                return await next(context);
            return onDenied?.Invoke(feature) ?? Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Feature not enabled",
                detail: $"The feature '{feature}' is not enabled for this tenant.");
        });
        return builder;
    }
}
