using System.Data.Common;
using System.Globalization;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Data;
using StackExchange.Redis;

namespace Forge.Host.Caching;

/// <summary>
/// Ends this host's cache generation when a platform change is made anywhere (ADR 24). With Redis,
/// a pub/sub message does it at once and the change version is polled every few seconds only as a
/// safety net for messages lost while Redis was unreachable; without Redis, the version (one
/// single-row read) is polled every quarter second. No request ever waits for either.
/// </summary>
public sealed class PlatformChangeListener(PlatformCacheGeneration generation, IEnumerable<ContextDatabase> databases, IHostApplicationLifetime lifetime,
    ILogger<PlatformChangeListener> logger, OptionalRedis redis) : BackgroundService
{
    private readonly ContextDatabase _platform = databases.Of<PlatformDbContext>();
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan PollIntervalWithRedis = TimeSpan.FromSeconds(5);
    private long? _seen;
    private long _reads;

    /// <summary>How many times the change version has been read since start (for tests and diagnostics).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    // Subscribed before the host serves its first request, so no announcement is missed after start.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis.IsConfigured) await SubscribeAsync();
        await base.StartAsync(cancellationToken);
    }

    private async Task SubscribeAsync()
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(RedisChannel.Literal(PlatformChanges.ChannelName), (_, _) => generation.Invalidate());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not subscribe to platform changes on Redis; relying on the change-version poll");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first read invalidates whatever was cached before it, so starting it after the host has started misses nothing.
        await HostStarted.WaitAsync(lifetime, stoppingToken);
        using var timer = new PeriodicTimer(redis.IsConfigured ? PollIntervalWithRedis : PollInterval);
        // One open connection and one command for the whole loop: opening a connection for every read ran SQLite's
        // per-connection pragmas (or a pool round trip) four times a second. A plain provider connection, not a
        // context: a context's first query builds the platform's EF model, which an idle host never needs (ADR 77).
        // No transaction, so it holds no lock between reads; both are replaced after a failure (e.g. the server restarted).
        DbConnection? connection = null;
        DbCommand? read = null;
        try
        {
            do
            {
                try
                {
                    if (read is null)
                    {
                        connection = await _platform.OpenAsync(stoppingToken);
                        read = connection.CreateCommand();
                        read.CommandText = ReadVersionSql;
                    }
                    Check(await read.ExecuteScalarAsync(stoppingToken));
                    Interlocked.Increment(ref _reads);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not read the platform change version");
                    await CloseAsync(connection, read);
                    (connection, read) = (null, null);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await CloseAsync(connection, read);
        }
    }

    private static readonly string ReadVersionSql =
        $"""SELECT "{nameof(PlatformChangeVersion.Version)}" FROM "{PlatformModel.ChangeVersionTable}" WHERE "{nameof(PlatformChangeVersion.Id)}" = {PlatformChangeVersion.SingleRowId}""";

    private void Check(object? value)
    {
        if (value is null or DBNull) return;
        var version = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        if (version == _seen) return;
        // Also on the first read: something may have been cached before this listener started.
        generation.Invalidate();
        _seen = version;
    }

    private static async Task CloseAsync(DbConnection? connection, DbCommand? command)
    {
        if (command is not null) await command.DisposeAsync();
        if (connection is not null) await connection.DisposeAsync();
    }
}
