using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary>Fortune's common refusals as kernel <see cref="ProductApiException"/>s (ADR 7's codes; ADR 18).</summary>
public static class FortuneRefusal
{
    public static ProductApiException Missing(string field) =>
        new(ProductErrorKind.Validation, FortuneErrorCodes.MissingField, $"{field} is required.", field);

    public static ProductApiException Invalid(string field, string message) =>
        new(ProductErrorKind.Validation, FortuneErrorCodes.InvalidField, message, field);

    /// <summary>ADR 7's <c>error.type</c> for a kind of refusal.</summary>
    public static string TypeOf(ProductErrorKind kind) => kind switch
    {
        ProductErrorKind.Validation or ProductErrorKind.UnsupportedMediaType => FortuneErrorTypes.Validation,
        ProductErrorKind.Unauthenticated => FortuneErrorTypes.Authentication,
        ProductErrorKind.Forbidden => FortuneErrorTypes.Forbidden,
        ProductErrorKind.NotFound => FortuneErrorTypes.NotFound,
        ProductErrorKind.Conflict => FortuneErrorTypes.Conflict,
        ProductErrorKind.PayloadTooLarge => FortuneErrorTypes.PayloadTooLarge,
        ProductErrorKind.RateLimited => FortuneErrorTypes.RateLimited,
        ProductErrorKind.Unavailable => FortuneErrorTypes.ServiceUnavailable,
        _ => FortuneErrorTypes.ServerError,
    };
}
