namespace Forge.Host.Usage;

/// <summary>One metered call. Platform-internal: always queried with an explicit tenant.</summary>
public sealed class UsageRecordRow
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public string CredentialType { get; set; } = "";
    public string? CredentialId { get; set; }
    public string Product { get; set; } = "";
    public string Method { get; set; } = "";
    public string RouteTemplate { get; set; } = "";
    public int StatusCode { get; set; }
    public double LatencyMs { get; set; }
    public DateTime At { get; set; }
}

/// <summary>Calls per tenant (Guid.Empty for the host), product, route and UTC day.</summary>
public sealed class UsageDailyRow
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public string Product { get; set; } = "";
    public string RouteTemplate { get; set; } = "";
    public DateOnly Day { get; set; }
    public long Calls { get; set; }
    public long Errors { get; set; }
    public double TotalLatencyMs { get; set; }
}
