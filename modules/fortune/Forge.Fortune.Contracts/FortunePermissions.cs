namespace Forge.Fortune;

/// <summary>Permissions an API key can carry (claims of type <c>forge:permission</c>).</summary>
public static class FortunePermissions
{
    /// <summary>Read plaintext PII through the <c>/unmasked</c> endpoints (every call is audited).</summary>
    public const string Unmasked = "fortune:unmasked";

    /// <summary>Read the tenant's audit log through <c>GET /v1/reports/audit</c>.</summary>
    public const string Audit = "fortune:audit";
}
