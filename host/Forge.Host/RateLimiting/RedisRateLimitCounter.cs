using Forge.Hosting.RateLimiting;
using StackExchange.Redis;

namespace Forge.Host.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis, shared by every host: <c>INCR</c> and <c>PEXPIRE</c> in one script, so the
/// count is exact under concurrency across hosts and a window's key expires after the window.
/// </summary>
public sealed class RedisRateLimitCounter(IConnectionMultiplexer redis) : IRateLimitCounter
{
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <summary>The key of a window's counter: <c>forge:rl:&lt;key&gt;:&lt;window start, Unix seconds&gt;</c>.</summary>
    public static string KeyOf(string key, DateTimeOffset start) => $"forge:rl:{key}:{start.ToUnixTimeSeconds()}";

    public async Task<RateLimitWindow> HitAsync(string key, DateTimeOffset start, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(Script, [KeyOf(key, start)], [(long)window.TotalMilliseconds + 1000]);
        return new RateLimitWindow(count, start + window);
    }
}
