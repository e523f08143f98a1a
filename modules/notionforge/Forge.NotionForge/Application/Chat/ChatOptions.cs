using System.ComponentModel.DataAnnotations;

namespace Forge.NotionForge.Application.Chat;

/// <summary><c>Forge:NotionForge:Chat</c>: the WebSocket chat's per-connection limits (seed: 20 messages a minute).</summary>
public sealed class ChatOptions
{
    public const string Section = "Forge:NotionForge:Chat";

    /// <summary>Frames a connection may send in any 60 s; the next is answered <c>RATE_LIMITED</c> and the socket stays open.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>The largest frame read (a 2,000-character prompt in Hangul is ~6 KB of JSON); larger ones are refused whole.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 16 * 1024;
}
