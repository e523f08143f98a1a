namespace Forge.Hosting.Idempotency;

/// <summary>What <see cref="IdempotencyStore.ClaimAsync"/> decided for a request carrying a key.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim() { }

    /// <summary>This request owns the key: run it, then <see cref="IdempotencyStore.CompleteAsync"/> or <see cref="IdempotencyStore.ReleaseAsync"/>.</summary>
    public sealed record Acquired : IdempotencyClaim;

    /// <summary>The key already answered this body: what the first request left (a stored response or a resource id).</summary>
    public sealed record Replay(int StatusCode, string? Body, string? Location, string? ResourceId) : IdempotencyClaim;

    /// <summary>The key was used with a different body.</summary>
    public sealed record Conflict : IdempotencyClaim;

    /// <summary>The first request with the key is still running after the wait (retryable).</summary>
    public sealed record InProgress : IdempotencyClaim;
}

/// <summary>Where a key lives: the product and route that saw it (the tenant comes from the context's filter).</summary>
public sealed record IdempotencyScope(string Product, string Endpoint, string Key);
