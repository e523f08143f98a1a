using System.Text;
using Forge.Hosting.Errors;
using Microsoft.Net.Http.Headers;

namespace Forge.Host.Platform;

/// <summary>
/// Refuses a request body labelled with a charset no decoder knows (<c>Content-Type: application/json; charset=foo</c>)
/// with 415 naming <c>Content-Type</c>, in the product's format. Without this, ASP.NET Core's JSON and form readers
/// throw an <see cref="InvalidOperationException"/> that would surface as a 500; one rule for every route keeps the
/// products alike (ADR 26). Runs after routing, so the product is known.
/// </summary>
public sealed class RequestCharsetGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (!hasBody || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)) return next(context);
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset).ToString();
        if (charset.Length == 0) return next(context);
        if (IsKnown(charset))
        {
            // charset="utf-8" is valid HTTP, but ASP.NET Core's JSON reader looks the quoted name up and throws.
            if (charset.Length != mediaType.Charset.Length)
            {
                mediaType.Charset = charset;
                request.ContentType = mediaType.ToString();
            }
            return next(context);
        }

        return new PlatformErrorResult(new PlatformError(StatusCodes.Status415UnsupportedMediaType, PlatformErrorKind.InvalidRequest,
            $"The charset '{charset}' in Content-Type is not a known encoding; send UTF-8.", Field: "Content-Type")).ExecuteAsync(context);
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
