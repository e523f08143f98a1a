using System.ComponentModel.DataAnnotations;

namespace Forge.Fortune.Application.Events;

/// <summary><c>Fortune:Events</c>: the SSE feed's pace and cap, bound and validated at start (ADR 33).</summary>
public sealed class FortuneEventOptions
{
    public const string SectionName = "Fortune:Events";

    /// <summary>How often an open feed looks for new events when nothing signals it.</summary>
    [Range(0.01, 60)] public double PollSeconds { get; set; } = 1;

    /// <summary>Seconds between heartbeat comments on an idle feed.</summary>
    [Range(0.1, 600)] public double HeartbeatSeconds { get; set; } = 15;

    [Range(1, 1000)] public int MaxConnectionsPerTenant { get; set; } = 5;

    /// <summary>
    /// SQL Server only (ADR 12, second addendum): the feed sends an event once the server's clock is this far past its
    /// insert, taken to be longer than any write transaction lasts from INSERT to commit. PostgreSQL and SQLite read
    /// in commit order and ignore it.
    /// </summary>
    [Range(0.1, 60)] public double VisibilityLagSeconds { get; set; } = 2;

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);
    public TimeSpan HeartbeatInterval => TimeSpan.FromSeconds(HeartbeatSeconds);
    public TimeSpan VisibilityLag => TimeSpan.FromSeconds(VisibilityLagSeconds);
}
