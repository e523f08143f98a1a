namespace Forge.Analysis.HttpApi;

/// <summary>The seed's error codes (ADR 40's table) and the one ADR 43 adds.</summary>
public static class AnalysisErrorCodes
{
    public const string InvalidApiKey = "INVALID_API_KEY";
    public const string AuthFailed = "AUTH001";
    public const string Forbidden = "AUTH003";
    public const string InvalidJson = "VAL001";
    public const string MissingField = "VAL002";
    public const string InvalidField = "VAL003";
    public const string TooLarge = "VAL004";
    public const string InsufficientCredits = "BUS002";
    public const string NotFound = "NOT001";
    public const string RateLimited = "RATE001";
    public const string Unavailable = "SVC001";
    /// <summary>ADR 47: the AI provider's circuit breaker is open.</summary>
    public const string CircuitOpen = "SVC002";
    /// <summary>ADR 47: the AI provider timed out.</summary>
    public const string DependencyTimeout = "SVC003";
    public const string Internal = "INT001";
    /// <summary>ADR 43: a repeat of an X-Request-ID whose first request outlived the wait (409, retry).</summary>
    public const string RequestInProgress = "REQUEST_IN_PROGRESS";
    /// <summary>ADR 40: a queued or running analysis deleted by its owner.</summary>
    public const string Cancelled = "CANCELLED";

    /// <summary>The HTTP status of a code: the seed's table wins over the kernel kind's default (402, 400 not 413/415/409).</summary>
    public static int? StatusOf(string code) => code switch
    {
        InvalidJson or MissingField or InvalidField or TooLarge => 400,
        InsufficientCredits => 402,
        InvalidApiKey or AuthFailed => 401,
        Forbidden => 403,
        NotFound => 404,
        RequestInProgress => 409,
        RateLimited => 429,
        Unavailable or CircuitOpen or DependencyTimeout => 503,
        Internal => 500,
        _ => null,
    };
}
