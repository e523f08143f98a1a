using System.Text.Json;

namespace Forge.Hosting.ProductApi;

/// <summary>Turns System.Text.Json's failures into refusals naming the field (ADR 18).</summary>
internal static class JsonRefusals
{
    public static ProductApiException From(JsonException e)
    {
        if (UnknownProperty(e) is { } unknown)
            return ProductApiException.Invalid(ProductJson.InvalidField, unknown, $"{unknown} is not a field of this request; check its spelling.");
        if (e.Path is { Length: > 2 } path && !IsSyntaxError(e))
        {
            var field = path.TrimStart('$', '.');
            return ProductApiException.Invalid(ProductJson.InvalidField, field, $"{field} has the wrong type.");
        }
        return new ProductApiException(ProductErrorKind.Validation, ProductJson.InvalidJson,
            $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine}).");
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
