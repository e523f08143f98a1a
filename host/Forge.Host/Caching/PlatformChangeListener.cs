using Forge.Host.Data;
using Forge.Host.Platform;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Forge.Host.Caching;

/// <summary>
/// Ends this host's cache generation when a platform change is made anywhere (ADR 24). With Redis,
/// a pub/sub message does it at once and the change version is polled every few seconds only as a
/// safety net for messages lost while Redis was unreachable; without Redis, the version (one
/// single-row read) is polled every quarter second. No request ever waits for either.
/// </summary>
public sealed class PlatformChangeListener(PlatformCacheGeneration generation, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    ILogger<PlatformChangeListener> logger, IConnectionMultiplexer? redis = null) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan PollIntervalWithRedis = TimeSpan.FromSeconds(5);
    private long? _seen;

    // Subscribed before the host serves its first request, so no announcement is missed after start.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis is not null)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(PlatformChanges.Channel, (_, _) => generation.Invalidate());
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Could not subscribe to platform changes on Redis; relying on the change-version poll");
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first read invalidates whatever was cached before it, so starting it after the host has started misses nothing.
        await HostStarted.WaitAsync(lifetime, stoppingToken);
        using var timer = new PeriodicTimer(redis is null ? PollInterval : PollIntervalWithRedis);
        // One context and one open connection for the whole loop: building a scope and a PlatformDbContext
        // four times a second was most of an idle host's CPU, and opening the connection for every read ran
        // SQLite's per-connection pragmas (or a pool round trip) each time. No tracking and no transaction,
        // so it holds no lock between reads; both are replaced after a failure (e.g. the server restarted).
        AsyncServiceScope? scope = null;
        try
        {
            do
            {
                try
                {
                    if (scope is null)
                    {
                        scope = scopes.CreateAsyncScope();
                        await scope.Value.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.OpenConnectionAsync(stoppingToken);
                    }
                    await CheckAsync(scope.Value.ServiceProvider.GetRequiredService<PlatformDbContext>(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not read the platform change version");
                    if (scope is { } broken) await broken.DisposeAsync();
                    scope = null;
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            if (scope is { } open) await open.DisposeAsync();
        }
    }

    private static readonly Func<PlatformDbContext, CancellationToken, Task<long?>> ReadVersion =
        EF.CompileAsyncQuery((PlatformDbContext db, CancellationToken _) =>
            db.ChangeVersion.AsNoTracking().Where(v => v.Id == PlatformChangeVersion.SingleRowId).Select(v => (long?)v.Version).FirstOrDefault());

    private async Task CheckAsync(PlatformDbContext db, CancellationToken ct)
    {
        var version = await ReadVersion(db, ct);
        if (version is null || version == _seen) return;
        // Also on the first read: something may have been cached before this listener started.
        generation.Invalidate();
        _seen = version;
    }
}
