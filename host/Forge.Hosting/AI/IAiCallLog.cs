namespace Forge.Hosting.AI;

/// <summary>One model call as the AI call log keeps it.</summary>
/// <param name="Product">The product the alias was asked for (null when no product could be told).</param>
/// <param name="Outcome"><c>success</c>, or the <see cref="AiFailureKind"/> of a failed call.</param>
public sealed record AiCallRecord(
    Guid? TenantId, string? Product, string Alias, string Provider, string Model,
    long InputTokens, long OutputTokens, decimal CostUsd, TimeSpan Latency, string Outcome, DateTimeOffset At);

/// <summary>Calls, tokens, cost and latency of one alias and outcome over a window.</summary>
public sealed record AiCallSummary(
    string Alias, string Provider, string Model, string Outcome, int Calls, long InputTokens, long OutputTokens, decimal CostUsd, double AverageLatencyMs);

/// <summary>
/// The AI call log per tenant and product, kept by the platform. Every client from
/// <see cref="IAiChatClientFactory"/> records into it; status pages and reports read summaries from it.
/// Recording never blocks or fails the call (written in the background).
/// </summary>
public interface IAiCallLog
{
    void Record(AiCallRecord call);

    /// <param name="tenantId">One tenant, or null for every tenant.</param>
    /// <param name="product">One product, or null for every product.</param>
    Task<IReadOnlyList<AiCallSummary>> SummarizeAsync(Guid? tenantId, string? product, DateTimeOffset since, CancellationToken cancellationToken = default);
}
