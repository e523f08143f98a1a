namespace Forge.Host.Usage;

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

    // Latency histogram (see LatencyHistogram): calls whose latency falls in (previous bound, bound] ms.
    // Separate counters, not one serialized column, so the writer increments them atomically in SQL.
    public long LatencyUpTo5Ms { get; set; }
    public long LatencyUpTo10Ms { get; set; }
    public long LatencyUpTo25Ms { get; set; }
    public long LatencyUpTo50Ms { get; set; }
    public long LatencyUpTo100Ms { get; set; }
    public long LatencyUpTo250Ms { get; set; }
    public long LatencyUpTo500Ms { get; set; }
    public long LatencyUpTo1000Ms { get; set; }
    public long LatencyUpTo2500Ms { get; set; }
    public long LatencyUpTo5000Ms { get; set; }
    public long LatencyUpTo10000Ms { get; set; }
    public long LatencyOver10000Ms { get; set; }
}
