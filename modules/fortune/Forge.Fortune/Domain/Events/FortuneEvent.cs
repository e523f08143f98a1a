using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Events;

/// <summary>
/// One thing that happened, in the tenant's outbox (<c>fortune_events</c>): saved in the same
/// <c>SaveChanges</c> as the change it describes, then delivered to the tenant's webhooks and read by
/// the SSE feed. <see cref="Sequence"/> (the database's identity) orders the feed and is what a
/// resume continues after.
/// </summary>
public sealed class FortuneEvent : IMultiTenant
{
    public long Sequence { get; init; }

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
