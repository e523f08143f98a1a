using System.Net;
using System.Text.Json;

namespace Forge.NotionForge.Notion;

/// <summary>Turns Notion's error object (<c>{object:"error", status, code, message}</c>) into the seed's codes.</summary>
internal static class NotionErrorMapper
{
    public static NotionApiException FromResponse(HttpStatusCode status, string body)
    {
        var (code, message) = Parse(body);
        var mapped = code switch
        {
            "unauthorized" or "invalid_grant" => NotionErrorCodes.AuthFailed,
            "object_not_found" or "restricted_resource" => NotionErrorCodes.NotFound,
            "validation_error" => NotionErrorCodes.ValidationError,
            "rate_limited" => NotionErrorCodes.RateLimited,
            "gateway_timeout" => NotionErrorCodes.Timeout,
            _ => status switch
            {
                HttpStatusCode.Unauthorized => NotionErrorCodes.AuthFailed,
                HttpStatusCode.NotFound or HttpStatusCode.Forbidden => NotionErrorCodes.NotFound,
                HttpStatusCode.TooManyRequests => NotionErrorCodes.RateLimited,
                HttpStatusCode.GatewayTimeout => NotionErrorCodes.Timeout,
                _ => NotionErrorCodes.InternalError,
            },
        };
        return new NotionApiException(mapped, $"Notion answered {(int)status} {code ?? "(no code)"}: {message ?? "(no message)"}", (int)status, code);
    }

    private static (string? Code, string? Message) Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null);
            return (Str(root, "code") ?? Str(root, "error"), Str(root, "message") ?? Str(root, "error_description"));
        }
        catch (JsonException)
        {
            return (null, body.Length > 200 ? body[..200] : body);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
