namespace Forge.Fortune;

/// <summary>The ERR page's codes (<c>error.code</c>) and the resource pages' types (<c>error.type</c>).</summary>
public static class FortuneErrorCodes
{
    public const string MissingField = "missing_field";
    public const string InvalidField = "invalid_field";
    public const string InvalidJson = "invalid_json";
    public const string InvalidDate = "invalid_date";
    public const string InvalidModel = "invalid_model";
    public const string InvalidSaju = "invalid_saju";
    public const string IdempotencyConflict = "idempotency_conflict";
    public const string ServiceUnavailable = "service_unavailable";
    public const string MissingApiKey = "missing_api_key";
    public const string InvalidApiKey = "invalid_api_key";
    public const string EnterpriseRequired = "enterprise_required";
    public const string TenantSuspended = "tenant_suspended";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string Forbidden = "forbidden";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";
    public const string PayloadTooLarge = "payload_too_large";
}

public static class FortuneErrorTypes
{
    public const string Validation = "validation_error";
    public const string Authentication = "authentication_error";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string RateLimited = "rate_limited";
    public const string PayloadTooLarge = "payload_too_large";
    public const string ServiceUnavailable = "service_unavailable";
    public const string ServerError = "server_error";
}
