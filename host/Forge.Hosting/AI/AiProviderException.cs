namespace Forge.Hosting.AI;

/// <summary>
/// A provider call that failed after the outbound pipeline did what it could. Modules catch this one
/// type (whichever SDK was underneath) and fall back or report; <see cref="Kind"/> says whether a later
/// retry could help.
/// </summary>
public sealed class AiProviderException(
    string alias, AiProvider provider, AiFailureKind kind, int? statusCode, string message, Exception? inner)
    : Exception($"AI model '{alias}' ({provider}) failed: {kind}{(statusCode is { } s ? $" (HTTP {s})" : "")}. {message}", inner)
{
    public string Alias { get; } = alias;

    public AiProvider Provider { get; } = provider;

    public AiFailureKind Kind { get; } = kind;

    /// <summary>The provider's last HTTP status, when one was received.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>False for failures that the same request will hit again (bad key, bad request).</summary>
    public bool IsTransient => Kind is not (AiFailureKind.Unauthorized or AiFailureKind.BadRequest);
}
