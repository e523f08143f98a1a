using System.Text.Json;
using Forge.Fortune.Application;
using Microsoft.AspNetCore.Http;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Reads request bodies so that every failure names the field in the product's format: malformed
/// JSON → <c>invalid_json</c>, a wrong type → <c>invalid_field</c> with the JSON path.
/// </summary>
internal static class FortuneJson
{
    public static readonly JsonSerializerOptions V1 = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    public static readonly JsonSerializerOptions V0 = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(HttpContext context, JsonSerializerOptions options) where T : class
    {
        if (!context.Request.HasJsonContentType())
            throw new FortuneApiException(415, FortuneErrorCodes.InvalidJson, FortuneErrorTypes.Validation, "Send the body as application/json.");
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted)
                   ?? throw new FortuneApiException(400, FortuneErrorCodes.InvalidJson, FortuneErrorTypes.Validation, "The body must be a JSON object.");
        }
        catch (JsonException e) when (e.Path is { Length: > 2 } path && !IsSyntaxError(e))
        {
            var field = path.TrimStart('$', '.');
            throw FortuneApiException.Invalid(field, $"{field} has the wrong type.");
        }
        catch (JsonException e)
        {
            throw new FortuneApiException(400, FortuneErrorCodes.InvalidJson, FortuneErrorTypes.Validation,
                $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine}).");
        }
    }

    // The reader's syntax errors arrive wrapping its internal JsonReaderException; a value of the
    // wrong type does not, and carries the path of the field.
    private static bool IsSyntaxError(JsonException e) => e.InnerException?.GetType().Name == "JsonReaderException";
}
