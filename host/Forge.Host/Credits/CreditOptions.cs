using System.ComponentModel.DataAnnotations;

namespace Forge.Host.Credits;

/// <summary><c>Forge:Credits</c>, bound and validated at start (ADR 33).</summary>
public sealed class CreditOptions
{
    public const string Section = "Forge:Credits";

    /// <summary>How often expired reservations are released (a recurring job, once per cluster; ADR 28).</summary>
    [Range(0.01, 86_400)] public double SweepIntervalSeconds { get; set; } = 60;

    public TimeSpan SweepInterval => TimeSpan.FromSeconds(SweepIntervalSeconds);
}
