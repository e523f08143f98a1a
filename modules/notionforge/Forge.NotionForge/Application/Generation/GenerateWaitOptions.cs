using System.ComponentModel.DataAnnotations;

namespace Forge.NotionForge.Application.Generation;

/// <summary>
/// How the synchronous and streaming generate endpoints wait on their task (<c>Forge:NotionForge:*</c>, ADR 53): the
/// seed's 180 s before <c>TIMEOUT</c> (the task keeps running), and the stream's heartbeat comment interval.
/// </summary>
public sealed class GenerateWaitOptions
{
    public const string Section = "Forge:NotionForge";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan GenerateTimeout { get; set; } = TimeSpan.FromSeconds(180);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan StreamHeartbeat { get; set; } = TimeSpan.FromSeconds(15);
}
