namespace Forge.NotionForge.Application;

/// <summary>The seed's error codes plus the three ADR 42 adds, each with its one HTTP status.</summary>
public static class NotionForgeErrorCodes
{
    public const string InvalidInput = "INVALID_INPUT";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string AuthRequired = "AUTH_REQUIRED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotionAuthFailed = "NOTION_AUTH_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string Gone = "GONE";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL_ERROR";
    public const string Timeout = "TIMEOUT";

    public static int? StatusOf(string code) => code switch
    {
        InvalidInput => 400,
        ValidationError => 422,
        AuthRequired or NotionAuthFailed => 401,
        Forbidden => 403,
        NotFound => 404,
        Gone => 410,
        FileTooLarge => 413,
        RateLimited => 429,
        Internal => 500,
        Timeout => 504,
        _ => null,
    };
}
