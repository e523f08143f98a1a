namespace Forge.Hosting.Usage;

/// <summary>One authenticated API call.</summary>
public sealed record UsageRecord(
    Guid? TenantId,
    string CredentialType,
    string? CredentialId,
    string? Product,
    string Method,
    string RouteTemplate,
    int StatusCode,
    double LatencyMs,
    DateTimeOffset At);

/// <summary>Calls per tenant, product, route and day.</summary>
public sealed record UsageDailyAggregate(
    Guid? TenantId,
    string? Product,
    string RouteTemplate,
    DateOnly Day,
    long Calls,
    long Errors,
    double TotalLatencyMs);

/// <summary>Reads the daily aggregates the platform keeps (for modules' usage reports and the console).</summary>
public interface IUsageQuery
{
    Task<IReadOnlyList<UsageDailyAggregate>> GetDailyAsync(Guid? tenantId, string? product, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <summary>Accepts usage records off the request path; they are written in batches.</summary>
public interface IUsageRecorder
{
    void Record(UsageRecord record);
}
