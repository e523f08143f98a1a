using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Events;

/// <summary>
/// One thing that happened, in the tenant's outbox (<c>fortune_events</c>): saved in the same
/// <c>SaveChanges</c> as the change it describes, then delivered to the tenant's webhooks and read by
/// the SSE feed. (<see cref="TransactionId"/>, <see cref="Sequence"/>) is its feed position: the order the
/// feed sends in and what a resume continues after (ADR 12, second addendum).
/// </summary>
public sealed class FortuneEvent : IMultiTenant
{
    public long Sequence { get; init; }

    /// <summary>
    /// Set by the database at INSERT: on PostgreSQL the writing transaction's id (<c>pg_current_xact_id()</c>), so
    /// the feed can wait until every transaction below its position has ended; on SQL Server the insert time in µs
    /// since 2000 (the feed keeps a visibility lag there); on SQLite 0 (writers are serialized, the sequence is
    /// commit order). Rows from before the column: 0 (PostgreSQL, SQLite) or their <c>created_at</c> (SQL Server).
    /// </summary>
    public long TransactionId { get; init; }

    /// <summary><c>evt_…</c>, what clients see (SSE <c>id:</c>, the webhook envelope's <c>id</c>).</summary>
    public required string Id { get; init; }

    public Guid? TenantId { get; set; }

    /// <summary>One of <c>FortuneEventTypes</c>, e.g. <c>profile.created</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The profile the event concerns, for the feed's <c>profile_id</c> filter.</summary>
    public string? ProfileId { get; init; }

    /// <summary>The event's <c>data</c> object, as JSON.</summary>
    public required string DataJson { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>When its deliveries were handed to the webhook sender; null = still to do (the sweeper's work list).</summary>
    public DateTime? DispatchedAt { get; set; }
}
