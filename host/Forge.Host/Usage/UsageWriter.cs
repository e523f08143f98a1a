using Forge.Host.Data;
using Forge.Hosting.Usage;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Usage;

/// <summary>Drains the recorder in batches: raw rows plus the daily aggregates, in one transaction.</summary>
public sealed class UsageWriter(UsageRecorder recorder, IServiceScopeFactory scopes, ILogger<UsageWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const int MaxAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<UsageRecord>(BatchSize);
        try
        {
            while (await recorder.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && recorder.Reader.TryRead(out var record)) batch.Add(record);
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
        db.UsageRecords.AddRange(batch.Select(r => new UsageRecordRow
        {
            TenantId = r.TenantId ?? Guid.Empty, CredentialType = r.CredentialType, CredentialId = r.CredentialId,
            Product = r.Product ?? "", Method = r.Method, RouteTemplate = Truncate(r.RouteTemplate, 256),
            StatusCode = r.StatusCode, LatencyMs = r.LatencyMs, At = r.At.UtcDateTime,
        }));
        await db.SaveChangesAsync(ct);

        foreach (var group in batch.GroupBy(r => (Tenant: r.TenantId ?? Guid.Empty, Product: r.Product ?? "", Route: Truncate(r.RouteTemplate, 256), Day: DateOnly.FromDateTime(r.At.UtcDateTime))))
        {
            long calls = group.Count(), errors = group.Count(r => r.StatusCode >= 400);
            var latency = group.Sum(r => r.LatencyMs);
            var k = group.Key;
            var updated = await db.UsageDaily
                .Where(d => d.TenantId == k.Tenant && d.Product == k.Product && d.RouteTemplate == k.Route && d.Day == k.Day)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Calls, d => d.Calls + calls)
                    .SetProperty(d => d.Errors, d => d.Errors + errors)
                    .SetProperty(d => d.TotalLatencyMs, d => d.TotalLatencyMs + latency), ct);
            if (updated == 0)
                db.UsageDaily.Add(new UsageDailyRow { TenantId = k.Tenant, Product = k.Product, RouteTemplate = k.Route, Day = k.Day, Calls = calls, Errors = errors, TotalLatencyMs = latency });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
