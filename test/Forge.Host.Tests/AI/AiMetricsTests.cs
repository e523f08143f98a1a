using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

public sealed class AiMetricsTests
{
    [Fact]
    public async Task A_call_records_tokens_cost_and_latency_on_the_Forge_AI_meter()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.Reply("ok", inputTokens: 1_000_000, outputTokens: 500_000));
        await using var services = AiTestServices.Build(anthropic: anthropic);
        var measurements = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AiMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        listener.Start();

        await services.Factory().GetClient("haiku").GetResponseAsync("hello");

        var mine = measurements.Where(m => Equals(m.Tags.GetValueOrDefault("forge.ai.alias"), "haiku")).ToList();
        mine.Where(m => m.Instrument == "forge.ai.tokens" && Equals(m.Tags["forge.ai.token_type"], "input")).Sum(m => m.Value).ShouldBe(1_000_000);
        mine.Where(m => m.Instrument == "forge.ai.tokens" && Equals(m.Tags["forge.ai.token_type"], "output")).Sum(m => m.Value).ShouldBe(500_000);
        mine.Where(m => m.Instrument == "forge.ai.cost").Sum(m => m.Value).ShouldBe(0.80 + 2.00, tolerance: 1e-9);
        mine.ShouldContain(m => m.Instrument == "forge.ai.duration" && m.Value > 0);
        mine.ShouldContain(m => m.Instrument == "forge.ai.calls" && Equals(m.Tags["forge.ai.outcome"], "success"));
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags) result[tag.Key] = tag.Value;
        return result;
    }
}
