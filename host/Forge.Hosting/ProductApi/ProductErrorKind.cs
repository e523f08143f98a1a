namespace Forge.Hosting.ProductApi;

/// <summary>
/// What went wrong, in terms application code can name without HTTP types; the kernel maps each
/// kind to one status code and the product's writer to its own vocabulary (e.g. Fortune's <c>type</c>).
/// </summary>
public enum ProductErrorKind
{
    Validation,
    UnsupportedMediaType,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    PayloadTooLarge,
    RateLimited,
    Unavailable,
    Internal,
}

public static class ProductErrorKinds
{
    public static int StatusOf(ProductErrorKind kind) => kind switch
    {
        ProductErrorKind.Validation => 400,
        ProductErrorKind.UnsupportedMediaType => 415,
        ProductErrorKind.Unauthenticated => 401,
        ProductErrorKind.Forbidden => 403,
        ProductErrorKind.NotFound => 404,
        ProductErrorKind.Conflict => 409,
        ProductErrorKind.PayloadTooLarge => 413,
        ProductErrorKind.RateLimited => 429,
        ProductErrorKind.Unavailable => 503,
        _ => 500,
    };
}
