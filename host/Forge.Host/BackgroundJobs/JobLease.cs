using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// A running job's claim on its record (ADR 21). While the handler runs, it renews
/// <c>LeaseExpiresAt</c> every <c>HeartbeatSeconds</c> and looks every <c>CancelPollSeconds</c> for a cancel
/// request made on any host, or for the claim having passed to another run (this host was presumed dead);
/// either trips <see cref="Token"/>. If this process dies, the lease runs out and <see cref="JobLeaseSweeper"/>
/// on another (or the restarted) host hands the job back to the queue.
/// </summary>
public sealed class JobLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _trip = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly IServiceScopeFactory _scopes;
    private readonly JobsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public Guid JobId { get; }
    public Guid Owner { get; }

    /// <summary>Tripped when the job was cancelled or the claim was lost.</summary>
    public CancellationToken Token => _trip.Token;

    public bool CancelRequested { get; private set; }
    public bool Lost { get; private set; }


    public JobLease(Guid jobId, Guid owner, IServiceScopeFactory scopes, JobsOptions options, TimeProvider clock, ILogger logger)
    {
        JobId = jobId;
        Owner = owner;
        _scopes = scopes;
        _options = options;
        _clock = clock;
        _logger = logger;
        _loop = Task.Run(() => KeepAsync(_stop.Token));
    }

    private async Task KeepAsync(CancellationToken stop)
    {
        var nextRenewal = _clock.GetUtcNow() + _options.Heartbeat;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.CancelPoll, _clock, stop);
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                var row = await db.BackgroundJobs.AsNoTracking().Where(j => j.Id == JobId)
                    .Select(j => new { j.LeaseOwner, j.CancelRequestedAt }).FirstOrDefaultAsync(stop);
                if (row is null || row.LeaseOwner != Owner)
                {
                    Lost = true;
                    _trip.Cancel();
                    return;
                }
                if (row.CancelRequestedAt is not null && !CancelRequested)
                {
                    CancelRequested = true;
                    _trip.Cancel();
                }
                if (_clock.GetUtcNow() < nextRenewal) continue;
                var now = _clock.GetUtcNow();
                nextRenewal = now + _options.Heartbeat;
                var renewed = await db.BackgroundJobs.Where(j => j.Id == JobId && j.LeaseOwner == Owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, now.UtcDateTime + _options.Lease), stop);
                if (renewed == 0)
                {
                    Lost = true;
                    _trip.Cancel();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup: the lease has room for several missed beats.
                _logger.LogWarning(e, "Heartbeat of background job {JobId} failed", JobId);
            }
        }
    }

    /// <summary>Marks a cancel made on this host, so the outcome is recorded as cancelled.</summary>
    internal void CancelLocally()
    {
        CancelRequested = true;
        _trip.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _trip.Dispose();
    }
}
