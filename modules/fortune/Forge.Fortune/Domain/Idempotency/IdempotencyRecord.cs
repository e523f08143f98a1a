using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Idempotency;

/// <summary>
/// An <c>Idempotency-Key</c> seen on an endpoint (ADR 7 #6): unique per (tenant, endpoint, key). Inserted
/// as a claim before the work runs — the unique index lets exactly one of two concurrent requests win —
/// and completed with the response to replay. A claim whose request failed is deleted so the key can be
/// used again.
/// </summary>
public sealed class IdempotencyRecord : IMultiTenant
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary>The route, e.g. <c>POST /v1/fortunes</c>.</summary>
    public required string Endpoint { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of the canonical request body: a different body under the same key is a conflict.</summary>
    public required string RequestHash { get; init; }

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    /// <summary>The <c>Location</c> header of the first response, if it had one.</summary>
    public string? ResponseLocation { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}
