namespace Forge.Host.AI;

/// <summary>One model call in <c>platform_ai_calls</c> (the AI call log). Written by the host, never by a tenant's request.</summary>
public sealed class AiCallRow
{
    public long Id { get; set; }
    public Guid? TenantId { get; set; }
    public string? Product { get; set; }
    public string Alias { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Model { get; set; } = "";
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }

    /// <summary>US dollars; a double so every provider can sum it in SQL (SQLite cannot sum decimals).</summary>
    public double CostUsd { get; set; }
    public double LatencyMs { get; set; }
    public string Outcome { get; set; } = "";
    public DateTime At { get; set; }
}
