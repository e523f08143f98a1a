using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Audit;

/// <summary>
/// One audited action (ADR 7 #7: <c>log_…</c> ids, R-audit's flat shape). Written in the same save as
/// the change it records, so a change without its entry cannot be committed.
/// </summary>
public sealed class AuditEntry : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary>E.g. <c>profile.unmasked</c>; see <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    public required string ResourceType { get; init; }
    public required string ResourceId { get; init; }
    public string? ActorIp { get; init; }

    /// <summary>Masked, e.g. <c>bs_live_ab12…</c>; null for an OAuth client.</summary>
    public string? ActorApiKey { get; init; }

    public string? ActorClientId { get; init; }
    public string? RequestId { get; init; }
    public string? UserAgent { get; init; }

    /// <summary>Method and path, e.g. <c>GET /v1/profiles/prf_…/unmasked</c>.</summary>
    public string? Endpoint { get; init; }

    public DateTime CreatedAt { get; init; }
}

public static class AuditActions
{
    public const string ProfileCreated = "profile.created";
    public const string ProfileUpdated = "profile.updated";
    public const string ProfileDeleted = "profile.deleted";
    public const string ProfileUnmasked = "profile.unmasked";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookDeleted = "webhook.deleted";
    public const string FortuneGenerated = "fortune.generated";
    public const string FortuneDeleted = "fortune.deleted";
    public const string FortuneUnmasked = "fortune.unmasked";
    public const string FortuneBatch = "fortune.batch";
}

public static class AuditResourceTypes
{
    public const string Profile = "profile";
    public const string Webhook = "webhook";
    public const string Fortune = "fortune";
}
