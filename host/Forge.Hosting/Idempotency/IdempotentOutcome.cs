namespace Forge.Hosting.Idempotency;

/// <summary>
/// What an idempotent endpoint's handler answered: the status, the object written as the product's JSON, an
/// optional <c>Location</c>, and — in resource-pointer mode — the id of the resource it made, which a replay
/// hands to the endpoint's renderer of the current state.
/// </summary>
public sealed record IdempotentOutcome(int StatusCode, object Body, string? Location = null, string? ResourceId = null);
