using Forge.Hosting.RateLimiting;
using StackExchange.Redis;

namespace Forge.Host.RateLimiting;

/// <summary>Fixed-window counters in Redis, shared by every host: INCR and PEXPIRE in one script.</summary>
public sealed class RedisRateLimitCounter(IConnectionMultiplexer redis, TimeProvider clock) : IRateLimitCounter
{
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    public Task<RateLimitWindow> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
        HitAsync(key, RateLimitWindows.AlignedStart(clock.GetUtcNow(), window), window, cancellationToken);

    public async Task<RateLimitWindow> HitAsync(string key, DateTimeOffset start, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var redisKey = $"forge:rl:{key}:{start.ToUnixTimeSeconds()}";
        var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(Script, [redisKey], [(long)window.TotalMilliseconds + 1000]);
        return new RateLimitWindow(count, start + window);
    }
}
