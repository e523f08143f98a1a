using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.Idempotency;

/// <summary>Reads and checks a request's idempotency key under a product's <see cref="IdempotencyPolicy"/> (ADR 32).</summary>
public static class IdempotencyKey
{
    /// <summary>
    /// The key from the policy's header and/or the body's key field; both present must match. Null when the
    /// request has none (the endpoint then simply runs). A bad key is the product's 400 naming the field.
    /// </summary>
    public static string? Read(HttpContext http, IdempotencyPolicy policy, string? bodyKey)
    {
        var headers = http.Request.Headers[policy.Header];
        if (headers.Count > 1) throw Invalid(policy, $"Send at most one {policy.Header} header.");
        var header = headers.Count == 1 ? headers[0] : null;
        if (header is not null && bodyKey is not null && header != bodyKey)
            throw Invalid(policy, $"The {policy.Header} header and the body's {policy.BodyField} differ; send one, or the same in both.");
        var key = header ?? bodyKey;
        if (key is not null && (key.Length == 0 || key.Length > policy.MaxKeyLength || !key.All(c => Allowed(c, policy.Charset))))
        {
            var what = policy.BodyField is null ? $"The {policy.Header} header" : "The idempotency key";
            var charset = policy.Charset == IdempotencyKeyCharset.PrintableAscii ? "printable ASCII" : "printable";
            throw Invalid(policy, $"{what} must be 1 to {policy.MaxKeyLength} {charset} characters.");
        }
        return key;
    }

    private static bool Allowed(char c, IdempotencyKeyCharset charset) => charset switch
    {
        IdempotencyKeyCharset.PrintableAscii => c is >= ' ' and <= '~',
        _ => !char.IsControl(c),
    };

    private static ProductApiException Invalid(IdempotencyPolicy policy, string message) =>
        ProductApiException.Invalid(policy.InvalidCode, policy.ErrorField, message);
}
