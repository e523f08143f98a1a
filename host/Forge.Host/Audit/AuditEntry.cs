namespace Forge.Host.Audit;

/// <summary>
/// One change made through the console (who, what, to which tenant, when). A host-level table:
/// not <c>IMultiTenant</c>, because the host writes entries about every tenant; tenant admins
/// read only their own tenant's entries through an explicit filter.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    /// <summary>The actor's e-mail as it was when they acted.</summary>
    public string Actor { get; set; } = "";
    /// <summary>The tenant the change concerns; null for host-wide changes.</summary>
    public Guid? TenantId { get; set; }
    /// <summary>Dotted verb, e.g. <c>tenant.created</c>, <c>api_key.revoked</c> (see <see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = "";
    /// <summary>What was changed, by its public name or id (tenant name, key id, feature name).</summary>
    public string Target { get; set; } = "";
    public string? Details { get; set; }
    public string? IpAddress { get; set; }
}

public static class AuditActions
{
    public const string TenantCreated = "tenant.created";
    public const string TenantEditionChanged = "tenant.edition_changed";
    public const string TenantSuspended = "tenant.suspended";
    public const string TenantResumed = "tenant.resumed";
    public const string FeatureOverridden = "feature.overridden";
    public const string FeatureOverrideCleared = "feature.override_cleared";
    public const string CreditsGranted = "credits.granted";
    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    public const string OAuthClientCreated = "oauth_client.created";
    public const string OAuthClientRevoked = "oauth_client.revoked";
    public const string ConnectionRemoved = "connection.removed";
    public const string UserCreated = "user.created";
    public const string SignedIn = "user.signed_in";
    public const string SignInFailed = "user.sign_in_failed";
    public const string LockedOut = "user.locked_out";

    public static readonly IReadOnlyList<string> All =
    [
        TenantCreated, TenantEditionChanged, TenantSuspended, TenantResumed, FeatureOverridden, FeatureOverrideCleared,
        CreditsGranted, ApiKeyCreated, ApiKeyRevoked, OAuthClientCreated, OAuthClientRevoked, ConnectionRemoved, UserCreated,
        SignedIn, SignInFailed, LockedOut,
    ];
}
