namespace Forge.Hosting.Credits;

/// <summary>A reservation asked for more than the tenant has; modules map it to their own wire error.</summary>
public sealed class InsufficientCreditsException(long required, long available)
    : InvalidOperationException($"Insufficient credits: {required} required, {available} available.")
{
    public long Required { get; } = required;
    public long Available { get; } = available;
}
