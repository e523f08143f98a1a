using System.Diagnostics.Metrics;

namespace Forge.Hosting.AI;

/// <summary>
/// The "Forge.AI" meter: calls, tokens, estimated cost and latency per alias. The host's
/// OpenTelemetry listens to every "Forge.*" meter, so nothing else needs wiring.
/// </summary>
public sealed class AiMetrics
{
    public const string MeterName = "Forge.AI";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Counter<double> _cost;
    private readonly Histogram<double> _duration;

    public AiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>("forge.ai.calls", "{call}", "Model calls by alias and outcome.");
        _tokens = meter.CreateCounter<long>("forge.ai.tokens", "{token}", "Tokens by alias and direction (input, output).");
        _cost = meter.CreateCounter<double>("forge.ai.cost", "USD", "Estimated cost from the configured list prices.");
        _duration = meter.CreateHistogram<double>("forge.ai.duration", "s", "Call latency, retries and back-off included.");
    }

    public void RecordSuccess(AiModelInfo model, AiUsage usage, TimeSpan elapsed)
    {
        var alias = Alias(model);
        _calls.Add(1, alias, Outcome("success"));
        _tokens.Add(usage.InputTokens, alias, new("forge.ai.token_type", "input"));
        _tokens.Add(usage.OutputTokens, alias, new("forge.ai.token_type", "output"));
        _cost.Add((double)usage.CostUsd, alias);
        _duration.Record(elapsed.TotalSeconds, alias, Outcome("success"));
    }

    public void RecordFailure(AiModelInfo model, string outcome, TimeSpan elapsed)
    {
        var alias = Alias(model);
        _calls.Add(1, alias, Outcome(outcome));
        _duration.Record(elapsed.TotalSeconds, alias, Outcome(outcome));
    }

    private static KeyValuePair<string, object?> Alias(AiModelInfo model) => new("forge.ai.alias", model.Alias);

    private static KeyValuePair<string, object?> Outcome(string outcome) => new("forge.ai.outcome", outcome);
}
