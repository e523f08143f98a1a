using Forge.Hosting.ProductApi;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application;

/// <summary>A Notion call's failure (ADR 41's codes are the seed's) as the product's error, naming the request field it concerns.</summary>
public static class NotionFailures
{
    public static ProductApiException ToProductError(NotionApiException e, string? field = null)
    {
        var kind = e.Code switch
        {
            NotionErrorCodes.NotFound => ProductErrorKind.NotFound,
            NotionErrorCodes.AuthFailed => ProductErrorKind.Unauthenticated,
            NotionErrorCodes.ValidationError => ProductErrorKind.Validation,
            NotionErrorCodes.RateLimited => ProductErrorKind.RateLimited,
            NotionErrorCodes.Timeout => ProductErrorKind.Unavailable,
            _ => ProductErrorKind.Internal,
        };
        var message = e.Code switch
        {
            NotionErrorCodes.AuthFailed => "Notion refused the token (NOTION_AUTH_FAILED): check notion_token or reconnect the workspace.",
            NotionErrorCodes.NotFound => "Notion has no such page, or it is not shared with the integration.",
            _ => $"Notion: {e.Message}",
        };
        return new ProductApiException(kind, e.Code, message, e.Code == NotionErrorCodes.AuthFailed ? "notion_token" : field ?? e.Field);
    }
}
