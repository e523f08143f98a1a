using System.ComponentModel.DataAnnotations;

namespace Forge.NotionForge.Application.Tasks;

/// <summary>Generation tasks (<c>Forge:NotionForge:Tasks</c>; ADR 42, 51).</summary>
public sealed class TaskOptions
{
    public const string Section = "Forge:NotionForge:Tasks";

    /// <summary>Pending or running tasks a tenant may have; one more is <c>RATE_LIMITED</c>, not queued (ADR 42).</summary>
    [Range(1, 1000)] public int MaxRunningPerTenant { get; set; } = 10;

    /// <summary>How long <c>DELETE</c> waits for the running step to stop before it records the cancel itself.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")] public TimeSpan CancelWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a finished task (and its steps and events) is kept (ADR 42: 7 days).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")] public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a follower (SSE, WebSocket, sync generate) looks for new events.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "00:00:10")] public TimeSpan FollowPoll { get; set; } = TimeSpan.FromMilliseconds(200);
}
