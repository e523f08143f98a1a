using Forge.Hosting.ProductApi;

namespace Forge.NotionForge.Application;

/// <summary>Raising NotionForge's refusals from application code (no HTTP types; ADR 18): the code decides the status.</summary>
public static class NotionForgeErrors
{
    public static ProductApiException InvalidInput(string field, string message) =>
        new(ProductErrorKind.Validation, NotionForgeErrorCodes.InvalidInput, message, field);

    public static ProductApiException Validation(string field, string message, object? details = null) =>
        new(ProductErrorKind.Validation, NotionForgeErrorCodes.ValidationError, message, field, Details(details));

    public static ProductApiException NotFound(string what, string field) =>
        new(ProductErrorKind.NotFound, NotionForgeErrorCodes.NotFound, $"{what} was not found.", field);

    /// <summary>
    /// The current tenant has no Notion connection (ADR 62): on a route that can act with the connection only, that is
    /// a missing resource — a tenant that never connected and one asking about another tenant's connection get exactly this.
    /// </summary>
    public static ProductApiException NoConnection() =>
        new(ProductErrorKind.NotFound, NotionForgeErrorCodes.NotFound,
            "No Notion connection for this tenant: connect a workspace first (GET /api/oauth/authorize).", "connection");

    public static ProductApiException Gone(string field, string message) =>
        new(ProductErrorKind.Conflict, NotionForgeErrorCodes.Gone, message, field);

    public static ProductApiException FileTooLarge(string field, long limit) =>
        new(ProductErrorKind.PayloadTooLarge, NotionForgeErrorCodes.FileTooLarge, $"The file is larger than {limit / (1024 * 1024)} MB.", field);

    public static ProductApiException RateLimited(string message, int retryAfterSeconds) =>
        new(ProductErrorKind.RateLimited, NotionForgeErrorCodes.RateLimited, message,
            metadata: new Dictionary<string, object?> { ["retry_after"] = retryAfterSeconds });

    public static ProductApiException Timeout(string message, object details) =>
        new(ProductErrorKind.Unavailable, NotionForgeErrorCodes.Timeout, message, metadata: Details(details));

    private static Dictionary<string, object?>? Details(object? details) =>
        details is null ? null : new Dictionary<string, object?> { ["details"] = details };
}
