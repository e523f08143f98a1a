using System.ComponentModel.DataAnnotations;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// <c>Fortune:Batch</c>: how many items of one batch are generated at once, the per-item time assumed
/// when the tenant has no generation history for the model (ADR 14). Bound and validated at start (ADR 33).
/// </summary>
public sealed class FortuneBatchOptions
{
    public const string SectionName = "Fortune:Batch";
    public const int MaxProfiles = 100;

    [Range(1, 64)] public int Concurrency { get; set; } = 16;

    [Range(0.0, 600_000)] public double DefaultBuiltinItemMs { get; set; } = 50;

    /// <summary>OV: "haiku ≈2 s" per call.</summary>
    [Range(0.0, 600_000)] public double DefaultAiItemMs { get; set; } = 2000;

    /// <summary>How many recent generations of the tenant and model are averaged.</summary>
    [Range(1, 10_000)] public int LatencyHistorySize { get; set; } = 50;

    public TimeSpan DefaultBuiltinItemTime => TimeSpan.FromMilliseconds(DefaultBuiltinItemMs);
    public TimeSpan DefaultAiItemTime => TimeSpan.FromMilliseconds(DefaultAiItemMs);
}
