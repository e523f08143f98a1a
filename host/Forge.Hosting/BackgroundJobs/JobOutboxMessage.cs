namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// A job staged in a module's own database, committed in the same <c>SaveChanges</c> as the module's rows
/// (ADR 20). Its <see cref="Id"/> is the job's id for good: the kernel dispatcher records the job under it,
/// so a row dispatched twice (a crash between recording and deleting it) is still one job.
/// Not tenant-filtered: the dispatcher reads every tenant's rows; <see cref="TenantId"/> is stamped at staging.
/// </summary>
public sealed class JobOutboxMessage
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }

    /// <summary>The arguments' CLR type (full name); the dispatcher maps it to the registered job name.</summary>
    public string ArgsType { get; set; } = "";

    public string ArgsJson { get; set; } = "";

    /// <summary>How long after the commit the job may start; the commit time is stamped on save.</summary>
    public long DelayMs { get; set; }

    public DateTime CreatedAt { get; set; }
}
