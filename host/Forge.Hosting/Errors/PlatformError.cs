namespace Forge.Hosting.Errors;

public enum PlatformErrorKind
{
    /// <summary>No credential, a bad one, or one for another product (401).</summary>
    Unauthenticated,
    /// <summary>The credential's tenant is suspended (403).</summary>
    TenantSuspended,
    /// <summary>A feature the endpoint requires is off for the tenant (403).</summary>
    FeatureDisabled,
    /// <summary>The rate limit was exceeded (429).</summary>
    RateLimited,
}

/// <summary>An error the platform raises on a module's route, before or around the module's own code.</summary>
public sealed record PlatformError(int StatusCode, PlatformErrorKind Kind, string Message, TimeSpan? RetryAfter = null, string? Feature = null);
