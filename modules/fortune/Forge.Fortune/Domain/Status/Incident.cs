namespace Forge.Fortune.Domain.Status;

/// <summary>
/// A period in which one component of the service was not operational. Host-level (not tenant-owned):
/// every caller of <c>/v1/status</c> sees the same incidents. Opened when the component's measured state
/// leaves <c>operational</c>, resolved when it returns.
/// </summary>
public sealed class Incident
{
    public required string Id { get; init; }

    /// <summary><c>api</c>, <c>database</c>, <c>cache</c> or <c>ai_models</c>.</summary>
    public required string Component { get; init; }

    /// <summary><see cref="IncidentStatus.Investigating"/> while open, then <see cref="IncidentStatus.Resolved"/>.</summary>
    public required string Status { get; set; }

    public required string Message { get; set; }

    /// <summary>
    /// The component while the incident is open, null once resolved. A unique index on it makes "at most one
    /// open incident per component" a database rule, so concurrent evaluations (or hosts) cannot open two.
    /// </summary>
    public string? OpenComponent { get; set; }

    public DateTime StartedAt { get; init; }
    public DateTime? ResolvedAt { get; set; }
}

public static class IncidentStatus
{
    public const string Investigating = "investigating";
    public const string Resolved = "resolved";
}

/// <summary>Component and overall states of seed 002, plus <c>not_configured</c> for an AI alias without a provider key.</summary>
public static class ComponentStatus
{
    public const string Operational = "operational";
    public const string Degraded = "degraded";
    public const string Outage = "outage";
    public const string NotConfigured = "not_configured";

    /// <summary>Orders states by severity, so the worst of several can be taken.</summary>
    public static int Severity(string status) => status switch
    {
        Outage => 2,
        Degraded => 1,
        _ => 0,
    };

    public static string Worst(IEnumerable<string> statuses) =>
        statuses.OrderByDescending(Severity).FirstOrDefault(s => Severity(s) > 0) ?? Operational;
}
