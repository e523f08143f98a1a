namespace Forge.Host.BackgroundJobs;

public enum BackgroundJobState
{
    Pending,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// The durable record of an enqueued job: the source of truth the job server's queue is rebuilt
/// from after a crash, and the claim that keeps a job from running twice.
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
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? LastError { get; set; }
}
