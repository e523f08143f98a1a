namespace Forge.Hosting.BackgroundJobs;

/// <summary>
/// Periodic work (sweeps, checks) that must run once per period across the whole cluster, not once per
/// host: the kernel schedules it as a Hangfire recurring job with shared job storage (ADR 21), on the host's own clock
/// with in-memory storage, where there is one host (ADR 79). Runs as the host (no tenant).
/// </summary>
public interface IRecurringJob
{
    Task ExecuteAsync(CancellationToken cancellationToken);
}

/// <summary>A recurring job's name, handler and period; a period of zero or less switches it off.</summary>
public sealed record RecurringJobType(string Name, Type HandlerType, Func<IServiceProvider, TimeSpan> Period);

/// <summary>The run in progress, for a handler that needs to know which occurrence it serves (scoped).</summary>
public sealed class RecurringJobRun
{
    public string Name { get; set; } = "";

    /// <summary>When the scheduler fired this occurrence (UTC).</summary>
    public DateTime TriggeredAt { get; set; }
}
