using Forge.Hosting.ProductApi;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>A Notion failure answered synchronously (rollback): the client already mapped it to the seed's code (ADR 41).</summary>
internal static class NotionFailures
{
    public static ProductApiException ToProductError(NotionApiException e) => new(
        e.Code switch
        {
            NotionErrorCodes.NotFound => ProductErrorKind.NotFound,
            NotionErrorCodes.ValidationError => ProductErrorKind.Validation,
            NotionErrorCodes.RateLimited => ProductErrorKind.RateLimited,
            NotionErrorCodes.AuthFailed => ProductErrorKind.Unauthenticated,
            _ => ProductErrorKind.Unavailable,
        },
        e.Code, e.Message, e.Field);
}
