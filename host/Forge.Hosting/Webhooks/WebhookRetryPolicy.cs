namespace Forge.Hosting.Webhooks;

/// <summary>
/// How often and how far apart a queued delivery is attempted. The wait before attempt n+1 is
/// <see cref="Interval"/> × <see cref="BackoffMultiplier"/>^(n−1), capped at <see cref="MaxInterval"/>; a 2xx
/// or a refused target ends the delivery earlier. The policy is fixed on the delivery when it is enqueued.
/// </summary>
/// <param name="MaxAttempts">Attempts in all, the first included (Fortune's default 5; "3 retries" is 4).</param>
/// <param name="Interval">The wait after the first failed attempt.</param>
/// <param name="BackoffMultiplier">1 = a fixed interval; 2 = doubling.</param>
/// <param name="MaxInterval">Upper bound of one wait when backing off; null = none.</param>
public sealed record WebhookRetryPolicy(int MaxAttempts, TimeSpan Interval, double BackoffMultiplier = 1.0, TimeSpan? MaxInterval = null)
{
    /// <summary>The largest number of attempts a policy may ask for.</summary>
    public const int AttemptLimit = 50;

    /// <summary>The wait after failed attempt number <paramref name="failedAttempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int failedAttempt)
    {
        var seconds = Interval.TotalSeconds * Math.Pow(BackoffMultiplier, Math.Max(0, failedAttempt - 1));
        var delay = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds));
        return MaxInterval is { } max && delay > max ? max : delay;
    }

    /// <summary>What is wrong with this policy, or null; <paramref name="source"/> names where it came from.</summary>
    public string? FindProblem(string source)
    {
        if (MaxAttempts is < 1 or > AttemptLimit) return $"{source}: MaxAttempts must be 1–{AttemptLimit}.";
        if (Interval < TimeSpan.Zero || Interval > TimeSpan.FromDays(1)) return $"{source}: the retry interval must be 0 s – 1 day.";
        if (BackoffMultiplier is < 1 or > 10 || double.IsNaN(BackoffMultiplier)) return $"{source}: BackoffMultiplier must be 1–10.";
        if (MaxInterval is { } max && max < Interval) return $"{source}: the maximum retry interval must not be below the interval.";
        return null;
    }
}
