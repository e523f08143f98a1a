using Forge.Hosting.ProductApi;
using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application;

/// <summary>
/// A Notion failure (ADR 41's codes, already the seed's) as NotionForge's error (ADR 42): the code is kept, the kind
/// only chooses how the kernel treats it; the writer answers the code's status.
/// </summary>
public static class NotionFailures
{
    public static ProductApiException ToProductError(this NotionApiException e)
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
        return new ProductApiException(kind, code, e.Message, e.Field);
    }

    /// <summary>Runs one Notion call, translating its failure.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (NotionApiException e)
        {
            throw e.ToProductError();
        }
    }
}
