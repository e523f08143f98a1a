using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.Fortune.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Reads request bodies so that every failure names the field in the product's format: malformed
/// JSON → <c>invalid_json</c>, a wrong type → <c>invalid_field</c> with the JSON path, a field the
/// request does not have → <c>invalid_field</c> naming it (ADR 7 #12: <c>birth_hours</c> for
/// <c>birth_hour</c> must not silently give a three-pillar chart).
/// </summary>
internal static class FortuneJson
{
    public static readonly JsonSerializerOptions V1 = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static readonly JsonSerializerOptions V0 = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>No Fortune request needs more (a 100-id batch is about 2 KB); bigger bodies are 413 before they are read.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static async Task<T> ReadAsync<T>(HttpContext context, JsonSerializerOptions options) where T : class
    {
        RequireJson(context);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted) ?? throw NotAnObject();
        }
        catch (JsonException e)
        {
            throw Refusal(e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
    }

    /// <summary>
    /// Like <see cref="ReadAsync{T}"/>, and also returns the body's bytes — for what must look at the body as
    /// sent, such as the idempotency check comparing a replayed request with the first.
    /// </summary>
    public static async Task<(T Value, byte[] Body)> ReadWithBodyAsync<T>(HttpContext context, JsonSerializerOptions options) where T : class
    {
        RequireJson(context);
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        var body = buffer.ToArray();
        try
        {
            return (JsonSerializer.Deserialize<T>(body, options) ?? throw NotAnObject(), body);
        }
        catch (JsonException e)
        {
            throw Refusal(e);
        }
    }

    private static void RequireJson(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
            throw new ProductApiException(ProductErrorKind.UnsupportedMediaType, FortuneErrorCodes.InvalidJson, "Send the body as application/json.");
        if (context.Request.ContentLength > MaxBodyBytes) throw TooLarge();
        // A body without a length (chunked) is cut off by the server at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
    }

    private static ProductApiException TooLarge() =>
        new(ProductErrorKind.PayloadTooLarge, FortuneErrorCodes.PayloadTooLarge, $"The request body is larger than {MaxBodyBytes / 1024} KB; no Fortune request needs that much.");

    private static ProductApiException NotAnObject() =>
        new(ProductErrorKind.Validation, FortuneErrorCodes.InvalidJson, "The body must be a JSON object.");

    private static ProductApiException Refusal(JsonException e)
    {
        if (UnknownProperty(e) is { } unknown)
            return FortuneRefusal.Invalid(unknown, $"{unknown} is not a field of this request; check its spelling.");
        if (e.Path is { Length: > 2 } path && !IsSyntaxError(e))
        {
            var field = path.TrimStart('$', '.');
            return FortuneRefusal.Invalid(field, $"{field} has the wrong type.");
        }
        return new ProductApiException(ProductErrorKind.Validation, FortuneErrorCodes.InvalidJson, $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine}).");
    }

    // System.Text.Json reports an unmapped member only in its message: "The JSON property 'x' could not be
    // mapped to any .NET member contained in type '…'." The path points at the object that holds it.
    private static string? UnknownProperty(JsonException e)
    {
        const string prefix = "The JSON property '";
        if (e.Message is not { } message || !message.StartsWith(prefix, StringComparison.Ordinal)
            || !message.Contains("could not be mapped", StringComparison.Ordinal)) return null;
        var end = message.IndexOf('\'', prefix.Length);
        if (end < 0) return null;
        var name = message[prefix.Length..end];
        var at = (e.Path ?? "$").TrimStart('$', '.');
        if (at.Length == 0) return name;
        return at == name || at.EndsWith("." + name, StringComparison.Ordinal) ? at : at + "." + name;
    }

    // The reader's syntax errors arrive wrapping its internal JsonReaderException; a value of the
    // wrong type does not, and carries the path of the field.
    private static bool IsSyntaxError(JsonException e) => e.InnerException?.GetType().Name == "JsonReaderException";
}
