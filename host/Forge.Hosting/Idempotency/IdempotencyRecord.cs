using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Idempotency;

/// <summary>
/// An idempotency key seen on a product route (ADR 32): unique per (tenant, product, route, key). Inserted as a
/// claim before the work runs — the unique index lets exactly one of two concurrent requests win — and completed
/// with what a replay needs: the stored response, or a pointer to the resource the first request made. A claim
/// whose request failed is deleted so the key can be used again. Lives in the module's own context
/// (<c>&lt;context&gt;_idempotency_keys</c>), so the claim and the module's rows share one database.
/// </summary>
public sealed class IdempotencyRecord : IMultiTenant
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary>The product whose route saw the key (a context may serve several products).</summary>
    public required string Product { get; init; }

    /// <summary>The route, e.g. <c>POST /v1/fortunes</c>.</summary>
    public required string Endpoint { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of the canonical request body: a different body under the same key is a conflict.</summary>
    public required string RequestHash { get; init; }

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Stored-response mode: the first response's JSON, encrypted at rest (it may hold a secret shown once).</summary>
    public string? ResponseBody { get; set; }

    /// <summary>The <c>Location</c> header of the first response, if it had one.</summary>
    public string? ResponseLocation { get; set; }

    /// <summary>Resource-pointer mode: the id of the resource the first request made; a replay renders its current state.</summary>
    public string? ResourceId { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}
