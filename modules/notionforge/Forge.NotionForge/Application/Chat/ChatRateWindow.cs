namespace Forge.NotionForge.Application.Chat;

/// <summary>
/// A sliding minute per connection (ADR 53): at most <c>limit</c> accepted frames in any 60 s. A refused frame does not
/// count, so a client that waits is served again as soon as its oldest frame is a minute old.
/// </summary>
public sealed class ChatRateWindow(int limit, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _accepted = new();

    public int Limit => limit;

    /// <summary>True and counted, or false with the seconds until a frame would be accepted.</summary>
    public bool TryAcquire(out int retryAfterSeconds)
    {
        var now = clock.GetUtcNow();
        while (_accepted.Count > 0 && now - _accepted.Peek() >= Window) _accepted.Dequeue();
        if (_accepted.Count < limit)
        {
            _accepted.Enqueue(now);
            retryAfterSeconds = 0;
            return true;
        }
        retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((_accepted.Peek() + Window - now).TotalSeconds));
        return false;
    }
}
