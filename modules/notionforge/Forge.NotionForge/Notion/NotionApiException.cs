namespace Forge.NotionForge.Notion;

/// <summary>The seed's error codes a Notion failure becomes (seed 004; reference §1.10).</summary>
public static class NotionErrorCodes
{
    public const string AuthFailed = "NOTION_AUTH_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string InternalError = "INTERNAL_ERROR";
}

/// <summary>
/// A Notion call that failed for good (after the retries that made sense), carrying the seed's code for the
/// module's error writer and what Notion said. Raised without HTTP types so application code can catch it.
/// </summary>
public sealed class NotionApiException(
    string code, string message, int? notionStatus = null, string? notionCode = null, string? field = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>One of <see cref="NotionErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>Notion's HTTP status, when Notion answered.</summary>
    public int? NotionStatus { get; } = notionStatus;

    /// <summary>Notion's own code (e.g. <c>object_not_found</c>), when Notion answered.</summary>
    public string? NotionCode { get; } = notionCode;

    /// <summary>The payload member at fault when our own limit check refused it before sending.</summary>
    public string? Field { get; } = field;

    /// <summary>A payload our limit check refused before sending (it cannot be split into valid requests).</summary>
    public static NotionApiException Limit(string field, string message) =>
        new(NotionErrorCodes.ValidationError, message, field: field);
}
