namespace Forge.Host.RateLimiting;

/// <summary>
/// <c>Forge:RateLimits:&lt;policy&gt;</c>: the platform's limits, by policy name (a product, <c>Platform</c> or
/// <c>Anonymous</c>; any case). A policy not configured gets the defaults.
/// </summary>
public sealed class RateLimitOptions() : Dictionary<string, RateLimitPolicyOptions>(StringComparer.OrdinalIgnoreCase)
{
    public const string Section = "Forge:RateLimits";
    public const string Anonymous = "Anonymous", Platform = "Platform";

    /// <summary>The policy's settings, or the defaults (120 a minute for anonymous callers, 600 for the rest).</summary>
    public RateLimitPolicyOptions For(string policy) =>
        TryGetValue(policy, out var options) ? options : new RateLimitPolicyOptions();

    public static long DefaultLimit(string policy) => string.Equals(policy, Anonymous, StringComparison.OrdinalIgnoreCase) ? 120 : 600;

    /// <summary>Every configured policy's faults, naming the setting.</summary>
    public IEnumerable<string> Faults()
    {
        foreach (var (policy, options) in this)
        {
            if (options.PermitLimit is < 0) yield return $"{Section}:{policy}:PermitLimit must be 0 (no limit) or more.";
            // Retry-After is whole seconds in an int; a longer window is no rate.
            if (options.WindowSeconds is not (> 0 and <= int.MaxValue)) yield return $"{Section}:{policy}:WindowSeconds must be between 0 (excluded) and {int.MaxValue}.";
        }
    }
}

public sealed class RateLimitPolicyOptions
{
    /// <summary>Calls per window; 0 turns the policy off; unset takes the default.</summary>
    public long? PermitLimit { get; set; }

    /// <summary>The fixed window's length, aligned to the Unix epoch.</summary>
    public double WindowSeconds { get; set; } = 60;
}
