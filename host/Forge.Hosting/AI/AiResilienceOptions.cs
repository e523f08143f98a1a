namespace Forge.Hosting.AI;

/// <summary>
/// The outbound pipeline of every provider call, bound from <c>Forge:AI:Resilience</c>. The defaults
/// suit a real provider (a long completion can take a minute); tests shrink them.
/// </summary>
public sealed class AiResilienceOptions
{
    /// <summary>The whole call, every attempt and every wait between them included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>One attempt; a slower attempt is cancelled and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt (so 2 means at most 3 requests).</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The first back-off; it grows exponentially with jitter. A <c>Retry-After</c> header wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The share of failed attempts within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts that must be seen in the sampling window before the circuit may open (at least 2).</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>The window failures are counted in; at least twice <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an open circuit refuses calls before it lets one through to test the provider.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
