namespace Forge.Host.BackgroundJobs;

public enum BackgroundJobState
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// The durable record of an enqueued job: the source of truth the job server's queue is rebuilt
/// from after a crash, and the claim that keeps a job from running twice. A running job's host
/// renews <see cref="LeaseExpiresAt"/> every heartbeat; a lease that runs out means the host died.
/// </summary>
public sealed class BackgroundJobRecord
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string JobName { get; set; } = "";
    public string ArgsJson { get; set; } = "";
    public BackgroundJobState State { get; set; }
    public int Attempts { get; set; }
    public DateTime NotBefore { get; set; }

    /// <summary>When the record was last handed to Hangfire (a lost hand-off is redone after <c>RequeueAfterSeconds</c>).</summary>
    public DateTime? QueuedAt { get; set; }

    /// <summary>The run that holds the claim; heartbeats and the outcome are written only by it.</summary>
    public Guid? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime? CancelRequestedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? LastError { get; set; }
}
