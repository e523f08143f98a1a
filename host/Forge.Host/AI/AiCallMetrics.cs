using System.Diagnostics;
using System.Diagnostics.Metrics;
using Forge.Hosting.AI;

namespace Forge.Host.AI;

/// <summary>
/// The AI call log as OpenTelemetry metrics (meter <c>Forge.AI</c>, exported with the host's other <c>Forge.*</c>
/// meters): calls, tokens, cost and latency by product, alias, provider and outcome. Recorded when a call is
/// logged, so dashboards see it at once, before the log's background write. No tenant tag: metric labels must
/// stay few, and per-tenant figures come from the log itself.
/// </summary>
public sealed class AiCallMetrics
{
    public const string MeterName = "Forge.AI";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Counter<double> _cost;
    private readonly Histogram<double> _latency;

    public AiCallMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("forge.ai.calls", "{call}", "Model calls, by outcome");
        _tokens = meter.CreateCounter<long>("forge.ai.tokens", "{token}", "Tokens sent (input) and received (output)");
        _cost = meter.CreateCounter<double>("forge.ai.cost", "USD", "Estimated cost of the calls");
        _latency = meter.CreateHistogram<double>("forge.ai.latency", "ms", "Latency of a call, retries included");
    }

    public void Record(AiCallRecord call)
    {
        var tags = new TagList
        {
            { "product", call.Product ?? "unknown" }, { "alias", call.Alias }, { "provider", call.Provider }, { "outcome", call.Outcome },
        };
        _calls.Add(1, tags);
        _latency.Record(call.Latency.TotalMilliseconds, tags);
        if (call.CostUsd > 0) _cost.Add((double)call.CostUsd, tags);
        if (call.InputTokens > 0) _tokens.Add(call.InputTokens, With(tags, "input"));
        if (call.OutputTokens > 0) _tokens.Add(call.OutputTokens, With(tags, "output"));
    }

    private static TagList With(TagList tags, string direction)
    {
        var copy = tags;
        copy.Add("direction", direction);
        return copy;
    }
}
