using System.ComponentModel.DataAnnotations;

namespace Forge.Hosting.Idempotency;

/// <summary><c>Forge:Idempotency</c>: the kernel's cleanup of expired keys (ADR 32). Retention is per product (its policy).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Forge:Idempotency";

    /// <summary>Seconds between cleanups of expired keys; 0 switches the cleanup off.</summary>
    [Range(0, 86_400)]
    public double SweepIntervalSeconds { get; set; } = 3600;
}
