using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Microsoft.AspNetCore.Http;

namespace Forge.NotionForge.HttpApi;

/// <summary>
/// Every refusal on a NotionForge route as <c>{success:false, error:{code, message, field?, details?}, request_id}</c>
/// (ADR 42): the kernel's own codes (JSON, size, credential, quota) are translated here, once.
/// </summary>
internal sealed class NotionForgeErrorWriter : IProductErrorWriter
{
    public string Product => NotionForgeProduct.Name;

    public Task WriteAsync(HttpContext context, PlatformError error)
    {
        var code = error.Kind switch
        {
            PlatformErrorKind.Unauthenticated => NotionForgeErrorCodes.AuthRequired,
            PlatformErrorKind.TenantSuspended or PlatformErrorKind.FeatureDisabled => NotionForgeErrorCodes.Forbidden,
            PlatformErrorKind.RateLimited => NotionForgeErrorCodes.RateLimited,
            PlatformErrorKind.InvalidRequest when error.StatusCode == StatusCodes.Status413PayloadTooLarge => NotionForgeErrorCodes.FileTooLarge,
            PlatformErrorKind.InvalidRequest => NotionForgeErrorCodes.InvalidInput,
            _ => NotionForgeErrorCodes.Internal,
        };
        // A credential that is valid but lacks this product's scope is FORBIDDEN, not AUTH_REQUIRED.
        if (error.Kind == PlatformErrorKind.Unauthenticated && error.StatusCode == StatusCodes.Status403Forbidden) code = NotionForgeErrorCodes.Forbidden;
        object? details = error.RetryAfter is { } retry ? new { retry_after = (int)Math.Ceiling(retry.TotalSeconds) } : null;
        return WriteAsync(context, code, error.Message, error.Field, details);
    }

    public Task WriteAsync(HttpContext context, ProductApiException error)
    {
        var code = error.Code switch
        {
            ProductJson.InvalidJson or ProductJson.InvalidField => NotionForgeErrorCodes.ValidationError,
            ProductJson.PayloadTooLarge => NotionForgeErrorCodes.FileTooLarge,
            ProductQuotaFilter.RateLimited => NotionForgeErrorCodes.RateLimited,
            "internal_error" => NotionForgeErrorCodes.Internal,
            _ => error.Code,
        };
        var retryAfter = error.Metadata.TryGetValue("retry_after", out var r) ? r : null;
        var details = error.Metadata.TryGetValue("details", out var d) ? d : retryAfter is not null ? new { retry_after = retryAfter } : null;
        // The seed's 429 carries Retry-After: the module's own refusals (the running-task limit) set it here.
        if (retryAfter is not null && !context.Response.HasStarted)
            context.Response.Headers.RetryAfter = Convert.ToString(retryAfter, System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, code, error.Message, error.Field, details);
    }

    private static Task WriteAsync(HttpContext context, string code, string message, string? field, object? details)
    {
        if (NotionForgeErrorCodes.StatusOf(code) is { } status) context.Response.StatusCode = status;
        var body = new ErrorEnvelope(false, new ErrorBody(code, message, field, details), ProductRequestId.Get(context));
        return context.Response.WriteAsJsonAsync(body, NotionForgeProduct.Definition.JsonOptions);
    }
}

/// <summary>ADR 42's one error envelope. <c>field</c> and <c>details</c> are omitted when empty.</summary>
public sealed record ErrorEnvelope(bool Success, ErrorBody Error, string RequestId);

public sealed record ErrorBody(
    string Code,
    string Message,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Field,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] object? Details);
