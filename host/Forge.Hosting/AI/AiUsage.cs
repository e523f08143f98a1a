using Microsoft.Extensions.AI;

namespace Forge.Hosting.AI;

/// <summary>
/// Tokens and their price for one call. The cost is an estimate from the configured list prices
/// (US dollars per million tokens), good for accounting and dashboards, not for invoicing.
/// </summary>
public sealed record AiUsage(long InputTokens, long OutputTokens, decimal CostUsd)
{
    public static AiUsage None { get; } = new(0, 0, 0m);

    public long TotalTokens => InputTokens + OutputTokens;

    public static AiUsage From(UsageDetails? usage, AiModelInfo model)
    {
        if (usage is null) return None;
        var input = usage.InputTokenCount ?? 0;
        var output = usage.OutputTokenCount ?? 0;
        return new AiUsage(input, output, Cost(input, output, model));
    }

    public static AiUsage From(ChatResponse response, AiModelInfo model) => From(response.Usage, model);

    public static decimal Cost(long inputTokens, long outputTokens, AiModelInfo model) =>
        (inputTokens * model.InputCostPerMTok + outputTokens * model.OutputCostPerMTok) / 1_000_000m;
}
