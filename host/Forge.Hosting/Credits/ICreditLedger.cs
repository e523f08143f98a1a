namespace Forge.Hosting.Credits;

/// <summary>
/// A tenant's credit ledger. Every call is idempotent by its reference; the balance never goes
/// negative. Reserve on accept, then Commit on success or Release on failure; reservations never
/// settled expire and are released by the platform's sweeper.
/// </summary>
public interface ICreditLedger
{
    Task<long> GetBalanceAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<long> GrantAsync(Guid tenantId, long amount, string reason, string reference, CancellationToken cancellationToken = default);

    /// <exception cref="InsufficientCreditsException">The available balance is below <paramref name="amount"/>.</exception>
    Task<CreditReservation> ReserveAsync(Guid tenantId, long amount, string reference, TimeSpan? holdFor = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reserves every item in one transaction, or none of them (a batch's "reserve all up front or refuse whole").
    /// Idempotent per reference as <see cref="ReserveAsync"/> is: an item already reserved is returned as it stands;
    /// the rest are debited together. Returns the reservations in the order of <paramref name="items"/>.
    /// </summary>
    /// <exception cref="InsufficientCreditsException">The available balance is below the sum of the items not yet reserved; nothing was reserved.</exception>
    Task<IReadOnlyList<CreditReservation>> ReserveAllAsync(Guid tenantId, IReadOnlyList<CreditRequest> items, TimeSpan? holdFor = null, CancellationToken cancellationToken = default);

    /// <summary>Charges a held reservation; committing it again returns it unchanged.</summary>
    /// <exception cref="CreditReservationExpiredException">The hold expired or was released: nothing is charged.</exception>
    /// <exception cref="CreditReservationNotFoundException">Never reserved.</exception>
    Task<CreditReservation> CommitAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default);

    Task<CreditReservation> ReleaseAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default);

    /// <summary>Releases every held reservation whose hold has run out; returns how many.</summary>
    Task<int> ReleaseExpiredAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the reservations still held, of every tenant, whose reference starts with
    /// <paramref name="referencePrefix"/> and that were made before <paramref name="createdBefore"/>: oldest first,
    /// at most <paramref name="limit"/>, after <paramref name="after"/> (the last of the previous page). For a module
    /// that settles the holds its own crash left without the resource they were reserved for.
    /// </summary>
    Task<IReadOnlyList<CreditReservation>> ListHeldAsync(
        string referencePrefix, DateTimeOffset createdBefore, int limit, CreditReservation? after = null, CancellationToken cancellationToken = default);
}

public enum CreditReservationState
{
    Held,
    Committed,
    Released,
    Expired,
}

/// <summary>One reservation of a <see cref="ICreditLedger.ReserveAllAsync"/> call.</summary>
public sealed record CreditRequest(string Reference, long Amount);

public sealed record CreditReservation(Guid Id, Guid TenantId, string Reference, long Amount, CreditReservationState State, DateTimeOffset ExpiresAt)
{
    /// <summary>When the hold was made (the ledger's clock).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
