namespace Forge.Hosting.Idempotency;

/// <summary>
/// How a product's routes take idempotency keys (ADR 32), declared on its <c>ProductDefinition.Idempotency</c>
/// or passed by one endpoint to override it: where the key comes from, what a valid key is, how a repeat is
/// answered and which of the product's error codes a refusal carries.
/// </summary>
public sealed record IdempotencyPolicy
{
    public IdempotencyPolicy(string header, IdempotencyReplayMode mode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        Header = header;
        Mode = mode;
        ErrorField = header;
    }

    /// <summary>The request header that carries the key, e.g. <c>Idempotency-Key</c> or <c>X-Request-ID</c>.</summary>
    public string Header { get; }

    public IdempotencyReplayMode Mode { get; }

    /// <summary>Longest key accepted (at most <see cref="IdempotencyModel.MaxKeyLength"/>, the column's size).</summary>
    public int MaxKeyLength { get; init; } = 64;

    public IdempotencyKeyCharset Charset { get; init; } = IdempotencyKeyCharset.Printable;

    /// <summary>A top-level body member that may carry the key too (Fortune's <c>idempotency_key</c>); left out of the body hash.</summary>
    public string? BodyField { get; init; }

    /// <summary>The field a refusal names: the header by default.</summary>
    public string ErrorField { get; init; }

    /// <summary>The product's code for a bad key (400).</summary>
    public string InvalidCode { get; init; } = "invalid_field";

    /// <summary>The product's code for a key reused with another body (409).</summary>
    public string ConflictCode { get; init; } = "idempotency_conflict";

    /// <summary>The product's code for "the first request with this key is still running" (409, retryable).</summary>
    public string InProgressCode { get; init; } = "idempotency_conflict";

    /// <summary>A response header set to <c>true</c> on a replay; null for none.</summary>
    public string? ReplayedHeader { get; init; }

    /// <summary>How long a key is remembered; the cleanup job deletes it afterwards.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a repeat waits for the first request to finish before it answers "in progress".</summary>
    public TimeSpan WaitForFirst { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A claim older than this without an answer was left by a crashed process and may be taken over.</summary>
    public TimeSpan AbandonedAfter { get; init; } = TimeSpan.FromMinutes(5);
}

public enum IdempotencyReplayMode
{
    /// <summary>A repeat gets the first response again: status, body, <c>Location</c> (Fortune's <c>Idempotency-Key</c>).</summary>
    StoredResponse,

    /// <summary>A repeat gets the current state of the resource the first request made, rendered by the endpoint (Analysis's <c>X-Request-ID</c>).</summary>
    ResourcePointer,
}

public enum IdempotencyKeyCharset
{
    /// <summary>Any characters but control characters.</summary>
    Printable,

    /// <summary>Only U+0020 to U+007E.</summary>
    PrintableAscii,
}
