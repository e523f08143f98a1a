using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Webhooks;

/// <summary>
/// A tenant's webhook (<c>whk_…</c>): where events of the subscribed types are POSTed, signed with its
/// secret (stored encrypted, shown once). Ten failed deliveries in a row switch it off (ADR 7 #11).
/// </summary>
public sealed class Webhook : IMultiTenant
{
    public const int FailuresBeforeDeactivation = 10;

    public required string Id { get; init; }
    public Guid? TenantId { get; set; }
    public required string Url { get; init; }

    /// <summary>The subscribed types as <c>,a,b,</c>, so "subscribed to X" is a LIKE on every provider.</summary>
    public required string EventList { get; init; }

    public string? Description { get; init; }
    public required string MetadataJson { get; init; }
    public required string SecretEncrypted { get; init; }
    public bool Active { get; set; }

    /// <summary>Failed deliveries since the last successful one.</summary>
    public int FailureCount { get; set; }

    public DateTime? LastTriggeredAt { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> Events => EventList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Subscribes(string eventType) => EventList.Contains("," + eventType + ",", StringComparison.Ordinal);

    public static string ToEventList(IEnumerable<string> events) => "," + string.Join(',', events) + ",";
}
