using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Forge.Host.Caching;

/// <summary>
/// Called after a change to a tenant, key, OAuth client or feature value is committed (by the
/// console, the API, or the CLI process): drops this process's cached generation at once, raises
/// the change version other hosts poll, and, with Redis, tells every subscribed host straight away
/// (ADR 24).
/// </summary>
public sealed class PlatformChanges(PlatformCacheGeneration generation, PlatformDbContext db, ILogger<PlatformChanges> logger,
    OptionalRedis redis)
{
    /// <summary>The Redis channel hosts subscribe to (a name, not a <c>RedisChannel</c>: see <see cref="OptionalRedis"/>).</summary>
    public const string ChannelName = "forge:platform-changes";

    public async Task PublishAsync(CancellationToken ct = default)
    {
        generation.Invalidate();
        // One statement: concurrent changers each add one, none is lost.
        await db.ChangeVersion.Where(v => v.Id == PlatformChangeVersion.SingleRowId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);
        if (redis.IsConfigured) await AnnounceAsync();
    }

    private async Task AnnounceAsync()
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(RedisChannel.Literal(ChannelName), "changed");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The change is committed and the version raised: hosts' safety-net poll still picks it up.
            logger.LogWarning(e, "Could not announce a platform change on Redis");
        }
    }
}
