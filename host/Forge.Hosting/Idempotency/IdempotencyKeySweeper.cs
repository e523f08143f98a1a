using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Hosting.Idempotency;

/// <summary>
/// Deletes expired idempotency keys from every module context, every <c>Forge:Idempotency:SweepIntervalSeconds</c>
/// (an hour): a recurring job, so once per cluster (ADR 21, 32). A claim never depends on it — an expired key
/// is treated as absent and replaced — so the period only bounds how long dead rows take space.
/// </summary>
public sealed class IdempotencyKeySweeper(
    IServiceScopeFactory scopes, IEnumerable<IdempotencyContext> contexts, IEnumerable<ContextDatabase> databases, TimeProvider clock, ILogger<IdempotencyKeySweeper> logger) : IRecurringJob
{
    public const string Name = "kernel.idempotency-key-expiry";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var contextType in contexts.Select(c => c.ContextType).Distinct())
        {
            // Asked over a plain connection first: a context with no expired key is not built (ADR 77).
            if (!await databases.Of(contextType).AnyRowAsync(IdempotencyModel.TableFor(contextType), $"\"{nameof(IdempotencyRecord.ExpiresAt)}\" <= @now",
                    [new("now", now)], cancellationToken))
                continue;
            await using var scope = scopes.CreateAsyncScope();
            var keys = ((IIdempotencyDbContext)scope.ServiceProvider.GetRequiredService(contextType)).IdempotencyKeys;
            // Runs as the host: every tenant's expired keys (the tenant filter would keep only the host's).
            var deleted = await keys.IgnoreQueryFilters().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
            if (deleted > 0) logger.LogInformation("Deleted {Count} expired idempotency keys from {Context}", deleted, contextType.Name);
        }
    }
}
