using System.ComponentModel.DataAnnotations;

namespace Forge.Host.BackgroundJobs;

/// <summary><c>Forge:Jobs</c>: the job server, retries, the heartbeat lease and the outbox dispatcher (ADR 4, 20, 21).</summary>
public sealed class JobsOptions
{
    public const string Section = "Forge:Jobs";

    /// <summary>Where Hangfire keeps its queue: InMemory (one host), PostgreSql or SqlServer (shared by several hosts).</summary>
    [Required, RegularExpression("(?i)^(InMemory|PostgreSql|SqlServer)$", ErrorMessage = "must be InMemory, PostgreSql or SqlServer.")]
    public string Storage { get; set; } = "InMemory";

    [Range(1, 100)] public int MaxAttempts { get; set; } = 5;
    [Range(0.01, 3600)] public double RetryBaseSeconds { get; set; } = 5;
    [Range(1, 256)] public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>How often Hangfire looks for due scheduled, recurring and (shared storage) queued jobs.</summary>
    [Range(0.05, 3600)] public double PollingSeconds { get; set; } = 1;

    /// <summary>How long a running job's claim lasts without a heartbeat; another host takes the job over after it.</summary>
    [Range(1, 3600)] public double LeaseSeconds { get; set; } = 20;

    /// <summary>How often the running host renews the lease.</summary>
    [Range(0.1, 600)] public double HeartbeatSeconds { get; set; } = 5;

    /// <summary>How often a running job's host looks for a cancel request from another host.</summary>
    [Range(0.05, 60)] public double CancelPollSeconds { get; set; } = 0.5;

    /// <summary>
    /// How often the outbox dispatcher looks without being signalled: only for rows this process did not commit
    /// (left by a host that died between its commit and its hand-off). This host's own commits wake it at once.
    /// </summary>
    [Range(0.05, 3600)] public double OutboxPollSeconds { get; set; } = 10;

    /// <summary>A pending job not started this long after it was queued is queued again (its hand-off may have been lost).</summary>
    [Range(1, 86400)] public double RequeueAfterSeconds { get; set; } = 60;

    public bool IsInMemory => Storage.Equals("InMemory", StringComparison.OrdinalIgnoreCase);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);
    public TimeSpan CancelPoll => TimeSpan.FromSeconds(CancelPollSeconds);
    public TimeSpan OutboxPoll => TimeSpan.FromSeconds(OutboxPollSeconds);
    public TimeSpan RequeueAfter => TimeSpan.FromSeconds(RequeueAfterSeconds);
}
