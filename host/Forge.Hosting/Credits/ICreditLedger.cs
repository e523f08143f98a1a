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

    /// <summary>Charges a held reservation; committing it again returns it unchanged.</summary>
    /// <exception cref="CreditReservationExpiredException">The hold expired or was released: nothing is charged.</exception>
    /// <exception cref="CreditReservationNotFoundException">Never reserved.</exception>
    Task<CreditReservation> CommitAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default);

    Task<CreditReservation> ReleaseAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default);

    /// <summary>Releases every held reservation whose hold has run out; returns how many.</summary>
    Task<int> ReleaseExpiredAsync(CancellationToken cancellationToken = default);
}

public enum CreditReservationState
{
    Held,
    Committed,
    Released,
    Expired,
}

public sealed record CreditReservation(Guid Id, Guid TenantId, string Reference, long Amount, CreditReservationState State, DateTimeOffset ExpiresAt);
