using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Forge.NotionForge.Notion.Rate;

/// <summary>
/// The gate shared by every host: the <see cref="Gcra"/> reservation in one Lua script on Redis's own clock
/// (hosts' clocks may differ). While Redis is unreachable each host paces on its own (never unpaced).
/// </summary>
internal sealed class RedisNotionRateGate(
    IConnectionMultiplexer redis, InMemoryNotionRateGate fallback, IOptions<NotionOptions> options, ILogger<RedisNotionRateGate> logger)
    : INotionRateGate
{
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local interval = tonumber(ARGV[1])
        local tolerance = tonumber(ARGV[2])
        local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
        local start = math.max(tat, now)
        local send = math.max(now, start - tolerance)
        local newTat = start + interval
        redis.call('SET', KEYS[1], string.format('%.0f', newTat), 'PX', math.ceil((newTat - now) / 1000) + 1000)
        return string.format('%.0f', send - now)
        """;

    private const string PauseScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local tat = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now + tonumber(ARGV[1]) + tonumber(ARGV[2]))
        redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
        return 1
        """;

    private readonly Gcra _gcra = Gcra.For(options.Value.RequestsPerSecond, options.Value.Burst);

    public async Task<TimeSpan> ReserveAsync(string connectionKey, CancellationToken cancellationToken)
    {
        try
        {
            var result = await redis.GetDatabase().ScriptEvaluateAsync(
                Script, [Key(connectionKey)], [_gcra.IntervalMicros, _gcra.ToleranceMicros]);
            return TimeSpan.FromMicroseconds(double.Parse((string)result!, System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis unreachable for the Notion rate gate; pacing this host alone");
            return await fallback.ReserveAsync(connectionKey, cancellationToken);
        }
    }

    public async Task PauseAsync(string connectionKey, TimeSpan pause, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(PauseScript, [Key(connectionKey)], [pause.TotalMicroseconds, _gcra.ToleranceMicros]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis unreachable for the Notion rate gate; pausing this host alone");
            await fallback.PauseAsync(connectionKey, pause, cancellationToken);
        }
    }

    private static RedisKey Key(string connectionKey) => $"forge:notion:rate:{connectionKey}";
}
