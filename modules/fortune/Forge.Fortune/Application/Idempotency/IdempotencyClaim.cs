namespace Forge.Fortune.Application.Idempotency;

/// <summary>What <see cref="IdempotencyStore.ClaimAsync"/> decided for a request carrying a key.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim() { }

    /// <summary>This request owns the key: run it, then <see cref="IdempotencyStore.CompleteAsync"/> or <see cref="IdempotencyStore.ReleaseAsync"/>.</summary>
    public sealed record Acquired : IdempotencyClaim;

    /// <summary>The key already answered this body: send the stored response again.</summary>
    public sealed record Replay(int StatusCode, string Body, string? Location) : IdempotencyClaim;

    /// <summary>The key was used with a different body (409 <c>idempotency_conflict</c>).</summary>
    public sealed record Conflict : IdempotencyClaim;

    /// <summary>The first request with the key is still running after the wait (409 as well; retry later).</summary>
    public sealed record InProgress : IdempotencyClaim;
}
