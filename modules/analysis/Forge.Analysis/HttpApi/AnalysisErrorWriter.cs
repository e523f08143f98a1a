using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.HttpApi;

/// <summary>
/// Every refusal on an Analysis route as <c>{success:false, data:null, message, code, metadata}</c> with the seed's
/// codes: the kernel's own codes (JSON, size, credential) are translated here, once (ADR 40).
/// </summary>
internal sealed class AnalysisErrorWriter : IProductErrorWriter
{
    public string Product => AnalysisProduct.Name;

    public Task WriteAsync(HttpContext context, PlatformError error)
    {
        var code = error.Kind switch
        {
            PlatformErrorKind.Unauthenticated => CredentialCode(context, error.Message),
            PlatformErrorKind.TenantSuspended or PlatformErrorKind.FeatureDisabled => AnalysisErrorCodes.Forbidden,
            PlatformErrorKind.RateLimited => AnalysisErrorCodes.RateLimited,
            PlatformErrorKind.InvalidRequest when error.StatusCode == StatusCodes.Status413PayloadTooLarge => AnalysisErrorCodes.TooLarge,
            PlatformErrorKind.InvalidRequest => AnalysisErrorCodes.InvalidJson,
            _ => AnalysisErrorCodes.Internal,
        };
        var metadata = new Dictionary<string, object?>();
        if (error.Field is not null) metadata["field"] = error.Field;
        if (error.RetryAfter is { } retry) metadata["retryAfter"] = (int)Math.Ceiling(retry.TotalSeconds);
        return WriteAsync(context, code, error.Message, metadata);
    }

    public Task WriteAsync(HttpContext context, ProductApiException error)
    {
        var code = error.Code switch
        {
            ProductJson.InvalidJson => AnalysisErrorCodes.InvalidJson,
            ProductJson.InvalidField => AnalysisErrorCodes.InvalidField,
            ProductJson.PayloadTooLarge => AnalysisErrorCodes.TooLarge,
            "internal_error" => AnalysisErrorCodes.Internal,
            _ => error.Code,
        };
        var metadata = new Dictionary<string, object?>(error.Metadata);
        if (error.Field is not null) metadata["field"] = error.Field;
        return WriteAsync(context, code, error.Message, metadata);
    }

    private static Task WriteAsync(HttpContext context, string code, string message, Dictionary<string, object?> metadata)
    {
        if (AnalysisErrorCodes.StatusOf(code) is { } status) context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new AnalysisEnvelope(false, null, message, code, metadata.Count == 0 ? null : metadata),
            AnalysisProduct.Definition.JsonOptions);
    }

    // INVALID_API_KEY: nothing sent, or not the key's shape; AUTH003: a revoked/suspended key or a token lacking the scope; AUTH001: the rest.
    private static string CredentialCode(HttpContext context, string message)
    {
        var key = context.Request.Headers[AnalysisProduct.KeyHeader].ToString();
        if (string.IsNullOrEmpty(key))
        {
            if (context.Request.Headers.Authorization.Count == 0) return AnalysisErrorCodes.InvalidApiKey;
            // ADR 40: a valid token without scope "analysis" is forbidden (AUTH003), not unauthenticated.
            return message.Contains("scope", StringComparison.OrdinalIgnoreCase) && context.User.Identity?.IsAuthenticated == true
                ? AnalysisErrorCodes.Forbidden : AnalysisErrorCodes.AuthFailed;
        }
        var catalog = context.RequestServices.GetRequiredService<IProductCatalog>();
        if (!catalog.TryParseKey(AnalysisProduct.KeyHeader, key, out var product, out _) || product.Name != AnalysisProduct.Name)
            return AnalysisErrorCodes.InvalidApiKey;
        if (message.Contains("revoked", StringComparison.OrdinalIgnoreCase) || message.Contains("suspended", StringComparison.OrdinalIgnoreCase))
            return AnalysisErrorCodes.Forbidden;
        return AnalysisErrorCodes.AuthFailed;
    }
}

/// <summary>The MIRI envelope (seed §overview).</summary>
public sealed record AnalysisEnvelope(bool Success, object? Data, string? Message, string Code, object? Metadata)
{
    public static AnalysisEnvelope Ok(object data) => new(true, data, null, "SUCCESS", null);
}
