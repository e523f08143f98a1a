using Forge.Hosting.ProductApi;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application;

/// <summary>
/// A Notion failure (ADR 41's codes are already the seed's) as NotionForge's error (ADR 42): the code is kept (an
/// unknown one becomes <c>INTERNAL_ERROR</c>), the kind only chooses how the kernel treats it, and the field names the
/// request member it concerns — <c>notion_token</c> for a refused token.
/// </summary>
public static class NotionFailures
{
    public static ProductApiException ToProductError(this NotionApiException e, string? field = null)
    {
        var kind = e.Code switch
        {
            NotionErrorCodes.AuthFailed => ProductErrorKind.Unauthenticated,
            NotionErrorCodes.NotFound => ProductErrorKind.NotFound,
            NotionErrorCodes.ValidationError => ProductErrorKind.Validation,
            NotionErrorCodes.RateLimited => ProductErrorKind.RateLimited,
            NotionErrorCodes.Timeout => ProductErrorKind.Unavailable,
            _ => ProductErrorKind.Internal,
        };
        var code = NotionForgeErrorCodes.StatusOf(e.Code) is null ? NotionForgeErrorCodes.Internal : e.Code;
        var message = e.Code switch
        {
            NotionErrorCodes.AuthFailed => "Notion refused the token (NOTION_AUTH_FAILED): check notion_token or reconnect the workspace.",
            NotionErrorCodes.NotFound => "Notion has no such page, or it is not shared with the integration.",
            _ => $"Notion: {e.Message}",
        };
        return new ProductApiException(kind, code, message, e.Code == NotionErrorCodes.AuthFailed ? "notion_token" : field ?? e.Field);
    }

    /// <summary>Runs one Notion call, translating its failure.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string? field = null)
    {
        try
        {
            return await call();
        }
        catch (NotionApiException e)
        {
            throw e.ToProductError(field);
        }
    }
}
