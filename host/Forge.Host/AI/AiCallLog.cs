using System.Threading.Channels;
using Forge.Host.Data;
using Forge.Hosting.AI;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AI;

/// <summary>
/// The platform's <see cref="IAiCallLog"/>: calls are queued in memory (never blocking or failing the model
/// call) and written in batches by <see cref="AiCallLogWriter"/>; summaries are read from the database, so they
/// cover every host. Each call is also counted in the <see cref="AiCallMetrics"/> at once.
/// </summary>
public sealed class AiCallLog(IServiceScopeFactory scopes, AiCallMetrics metrics) : IAiCallLog
{
    /// <summary>Bounded so a database outage cannot grow memory without end; the oldest calls are dropped first.</summary>
    internal Channel<AiCallRecord> Pending { get; } = Channel.CreateBounded<AiCallRecord>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Record(AiCallRecord call)
    {
        metrics.Record(call);
        Pending.Writer.TryWrite(call);
    }

    public async Task<IReadOnlyList<AiCallSummary>> SummarizeAsync(Guid? tenantId, string? product, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var from = since.UtcDateTime;
        var calls = db.AiCalls.AsNoTracking().Where(c => c.At >= from);
        if (tenantId is { } tenant) calls = calls.Where(c => c.TenantId == tenant);
        if (product is not null) calls = calls.Where(c => c.Product == product);
        var rows = await calls
            .GroupBy(c => new { c.Alias, c.Provider, c.Model, c.Outcome })
            .Select(g => new
            {
                g.Key.Alias, g.Key.Provider, g.Key.Model, g.Key.Outcome, Calls = g.Count(),
                Input = g.Sum(c => c.InputTokens), Output = g.Sum(c => c.OutputTokens), Cost = g.Sum(c => c.CostUsd), Latency = g.Average(c => c.LatencyMs),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Alias, StringComparer.Ordinal).ThenBy(r => r.Outcome, StringComparer.Ordinal)
            .Select(r => new AiCallSummary(r.Alias, r.Provider, r.Model, r.Outcome, r.Calls, r.Input, r.Output, (decimal)r.Cost, r.Latency))
            .ToList();
    }
}

/// <summary>Drains the call log's queue into <c>platform_ai_calls</c>, in batches; on shutdown it writes what is left.</summary>
public sealed class AiCallLogWriter(AiCallLog log, IServiceScopeFactory scopes, ILogger<AiCallLogWriter> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = log.Pending.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken)) await WriteBatchAsync(reader, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (reader.TryPeek(out _)) await WriteBatchAsync(reader, CancellationToken.None);
        }
    }

    private async Task WriteBatchAsync(ChannelReader<AiCallRecord> reader, CancellationToken ct)
    {
        var batch = new List<AiCallRecord>(BatchSize);
        while (batch.Count < BatchSize && reader.TryRead(out var call)) batch.Add(call);
        if (batch.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.AiCalls.AddRange(batch.Select(c => new AiCallRow
            {
                TenantId = c.TenantId, Product = c.Product, Alias = c.Alias, Provider = c.Provider, Model = c.Model,
                InputTokens = c.InputTokens, OutputTokens = c.OutputTokens, CostUsd = (double)c.CostUsd,
                LatencyMs = c.Latency.TotalMilliseconds, Outcome = c.Outcome, At = c.At.UtcDateTime,
            }));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The log is for status and reports: losing a batch must not take the host down.
            logger.LogWarning(e, "Could not write {Count} AI call log entries", batch.Count);
        }
    }
}
