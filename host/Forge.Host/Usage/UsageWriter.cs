using Forge.Host.Data;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Usage;

/// <summary>
/// The one background writer of request-path data (ADR 22): drains the recorder in batches and adds
/// them to the daily aggregates (calls, errors and a latency histogram per tenant, product, route and
/// day) and the API keys' last-used times in one transaction, so a read request itself never writes.
/// No row is kept per request (ADR 70): a batch costs a few statements however many calls it holds.
/// Records are gathered for <see cref="FlushInterval"/> before a write (one short transaction a second
/// under steady load, not one per request); a crash loses at most that much usage and last-used data.
/// </summary>
public sealed class UsageWriter(UsageRecorder recorder, IServiceScopeFactory scopes, ILogger<UsageWriter> logger) : BackgroundService
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);
    private const int BatchSize = 10_000;
    private const int MaxAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<UsageRecord>();
        try
        {
            var behind = false;
            while (await recorder.Reader.WaitToReadAsync(stoppingToken))
            {
                // Gather a second's worth unless the last batch was full (then the queue is behind: keep draining).
                if (!behind) await Task.Delay(FlushInterval, stoppingToken);
                while (batch.Count < BatchSize && recorder.Reader.TryRead(out var record)) batch.Add(record);
                behind = batch.Count == BatchSize;
                await WriteSafelyAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: write what is already queued.
            while (recorder.Reader.TryRead(out var record)) batch.Add(record);
            await WriteSafelyAsync(batch, CancellationToken.None);
        }
    }

    private async Task WriteSafelyAsync(List<UsageRecord> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(batch, ct);
                break;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another host inserted one of the day's aggregate rows between our update and our
                // insert (unique index). The transaction rolled back whole; now the row is there.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not write {Count} usage records", batch.Count);
                break;
            }
        }
        batch.Clear();
    }

    private async Task WriteAsync(IReadOnlyList<UsageRecord> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in batch.GroupBy(r => (Tenant: r.TenantId ?? Guid.Empty, Product: r.Product ?? "", Route: Truncate(r.RouteTemplate, 256), Day: DateOnly.FromDateTime(r.At.UtcDateTime))))
        {
            long calls = group.Count(), errors = group.Count(r => r.StatusCode >= 400);
            var latency = group.Sum(r => r.LatencyMs);
            var h = LatencyHistogram.Count(group.Select(r => r.LatencyMs));
            var k = group.Key;
            // One statement adds to every counter, so concurrent writers (other hosts) never lose increments.
            var updated = await db.UsageDaily
                .Where(d => d.TenantId == k.Tenant && d.Product == k.Product && d.RouteTemplate == k.Route && d.Day == k.Day)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Calls, d => d.Calls + calls)
                    .SetProperty(d => d.Errors, d => d.Errors + errors)
                    .SetProperty(d => d.TotalLatencyMs, d => d.TotalLatencyMs + latency)
                    .SetProperty(d => d.LatencyUpTo5Ms, d => d.LatencyUpTo5Ms + h[0])
                    .SetProperty(d => d.LatencyUpTo10Ms, d => d.LatencyUpTo10Ms + h[1])
                    .SetProperty(d => d.LatencyUpTo25Ms, d => d.LatencyUpTo25Ms + h[2])
                    .SetProperty(d => d.LatencyUpTo50Ms, d => d.LatencyUpTo50Ms + h[3])
                    .SetProperty(d => d.LatencyUpTo100Ms, d => d.LatencyUpTo100Ms + h[4])
                    .SetProperty(d => d.LatencyUpTo250Ms, d => d.LatencyUpTo250Ms + h[5])
                    .SetProperty(d => d.LatencyUpTo500Ms, d => d.LatencyUpTo500Ms + h[6])
                    .SetProperty(d => d.LatencyUpTo1000Ms, d => d.LatencyUpTo1000Ms + h[7])
                    .SetProperty(d => d.LatencyUpTo2500Ms, d => d.LatencyUpTo2500Ms + h[8])
                    .SetProperty(d => d.LatencyUpTo5000Ms, d => d.LatencyUpTo5000Ms + h[9])
                    .SetProperty(d => d.LatencyUpTo10000Ms, d => d.LatencyUpTo10000Ms + h[10])
                    .SetProperty(d => d.LatencyOver10000Ms, d => d.LatencyOver10000Ms + h[11]), ct);
            if (updated == 0)
            {
                var row = new UsageDailyRow { TenantId = k.Tenant, Product = k.Product, RouteTemplate = k.Route, Day = k.Day, Calls = calls, Errors = errors, TotalLatencyMs = latency };
                LatencyHistogram.Set(row, h);
                db.UsageDaily.Add(row);
            }
        }
        await db.SaveChangesAsync(ct);
        await TouchKeysAsync(db, batch, ct);
        await tx.CommitAsync(ct);
    }

    // Last-used per API key is the latest call in the batch; never moved backwards (another host may be ahead).
    private static async Task TouchKeysAsync(PlatformDbContext db, IReadOnlyList<UsageRecord> batch, CancellationToken ct)
    {
        foreach (var key in batch.Where(r => r.CredentialType == CredentialTypes.ApiKey && r.CredentialId is not null).GroupBy(r => r.CredentialId!))
        {
            var last = key.Max(r => r.At).UtcDateTime;
            await db.ApiKeys.IgnoreQueryFilters()
                .Where(k => k.KeyId == key.Key && (k.LastUsedAt == null || k.LastUsedAt < last))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, last), ct);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
