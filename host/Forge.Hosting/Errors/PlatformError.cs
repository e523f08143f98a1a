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
    /// <summary>
    /// The request itself could not be read (a body shorter than its Content-Length or arriving too slowly, a charset
    /// nobody can decode, a form over its limits): a 4xx given by the status code; <c>Field</c> names the part.
    /// </summary>
    InvalidRequest,
}

/// <summary>An error the platform raises on a module's route, before or around the module's own code.</summary>
/// <param name="Field">The part of the request at fault (e.g. <c>body</c>, <c>Content-Type</c>), when one is.</param>
public sealed record PlatformError(int StatusCode, PlatformErrorKind Kind, string Message, TimeSpan? RetryAfter = null, string? Feature = null, string? Field = null);
