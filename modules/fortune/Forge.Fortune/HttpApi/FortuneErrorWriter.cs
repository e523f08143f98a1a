using Forge.Fortune.Application;
using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.HttpApi;

/// <summary>The platform's own refusals (credential, suspension, feature, rate limit) in Fortune's envelope.</summary>
internal sealed class FortuneErrorWriter : IProductErrorWriter
{
    public string Product => FortuneProduct.Name;

    public Task WriteAsync(HttpContext context, PlatformError error)
    {
        var (code, type) = error.Kind switch
        {
            PlatformErrorKind.Unauthenticated => (CodeForCredential(context, error.Message), FortuneErrorTypes.Authentication),
            PlatformErrorKind.TenantSuspended => (FortuneErrorCodes.TenantSuspended, FortuneErrorTypes.Forbidden),
            PlatformErrorKind.FeatureDisabled => (FortuneErrorCodes.EnterpriseRequired, FortuneErrorTypes.Forbidden),
            PlatformErrorKind.RateLimited => (FortuneErrorCodes.RateLimited, FortuneErrorTypes.RateLimited),
            PlatformErrorKind.InvalidRequest when error.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (FortuneErrorCodes.PayloadTooLarge, FortuneErrorTypes.PayloadTooLarge),
            PlatformErrorKind.InvalidRequest => (FortuneErrorCodes.InvalidJson, FortuneErrorTypes.Validation),
            _ => (FortuneErrorCodes.InternalError, FortuneErrorTypes.ServerError),
        };
        return FortuneErrors.WriteAsync(context, error.StatusCode, code, type, error.Message, error.Field,
            retryAfter: error.RetryAfter is { } r ? (int)Math.Ceiling(r.TotalSeconds) : null);
    }

    public Task WriteAsync(HttpContext context, ProductApiException error) =>
        FortuneErrors.WriteAsync(context, error.Status, error.Code, FortuneRefusal.TypeOf(error.Kind), error.Message, error.Field,
            error.Metadata.TryGetValue("retry_after", out var retry) && retry is int seconds ? seconds : null);

    // The ERR page's codes: missing_api_key / invalid_api_key / expired_api_key / suspended_api_key.
    private static string CodeForCredential(HttpContext context, string message)
    {
        var sentSomething = context.RequestServices.GetRequiredService<IProductCatalog>().KeyHeaders.Any(context.Request.Headers.ContainsKey)
                            || context.Request.Headers.Authorization.Count > 0;
        if (!sentSomething) return FortuneErrorCodes.MissingApiKey;
        if (message.Contains("expired", StringComparison.OrdinalIgnoreCase) || message.Contains("revoked", StringComparison.OrdinalIgnoreCase))
            return "expired_api_key";
        if (message.Contains("suspended", StringComparison.OrdinalIgnoreCase)) return "suspended_api_key";
        return FortuneErrorCodes.InvalidApiKey;
    }
}
