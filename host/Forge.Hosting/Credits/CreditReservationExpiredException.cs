namespace Forge.Hosting.Credits;

/// <summary>
/// Commit named a reservation that is no longer held: its hold ran out (released by the sweeper, or found
/// past <see cref="ExpiresAt"/> and released on the spot) or it was released. Nothing was charged, so the
/// work it paid for must not be delivered as paid: the module fails the work (or reserves again) instead
/// of giving it away.
/// </summary>
public sealed class CreditReservationExpiredException(string reference, CreditReservationState state, DateTimeOffset expiresAt)
    : InvalidOperationException(
        $"Credit reservation '{reference}' cannot be committed: it is {state.ToString().ToLowerInvariant()} (hold expired at {expiresAt:O}); nothing was charged.")
{
    public string Reference { get; } = reference;

    /// <summary><see cref="CreditReservationState.Expired"/> or <see cref="CreditReservationState.Released"/>.</summary>
    public CreditReservationState State { get; } = state;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;
}
