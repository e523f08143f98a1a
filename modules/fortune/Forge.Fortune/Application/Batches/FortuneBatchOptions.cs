using Microsoft.Extensions.Configuration;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// <c>Fortune:Batch</c>: how many items of one batch are generated at once, the per-item time assumed
/// when the tenant has no generation history for the model (ADR 14).
/// </summary>
public sealed record FortuneBatchOptions(
    int Concurrency,
    TimeSpan DefaultBuiltinItemTime,
    TimeSpan DefaultAiItemTime,
    int LatencyHistorySize)
{
    public const int MaxProfiles = 100;

    public static FortuneBatchOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Fortune:Batch");
        return new FortuneBatchOptions(
            Math.Clamp(section.GetValue("Concurrency", 16), 1, 64),
            TimeSpan.FromMilliseconds(section.GetValue("DefaultBuiltinItemMs", 50.0)),
            // OV: "haiku ≈2 s" per call.
            TimeSpan.FromMilliseconds(section.GetValue("DefaultAiItemMs", 2000.0)),
            Math.Max(1, section.GetValue("LatencyHistorySize", 50)));
    }
}
