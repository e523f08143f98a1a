using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Domain.Batches;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;
using Microsoft.Extensions.Options;

namespace Forge.Fortune.Application.Batches;

public sealed record FortuneBatchArgs(string BatchId);

/// <summary>
/// Processes one batch, as its tenant (the kernel runs jobs inside <c>ICurrentTenant.Change</c>): the items still
/// pending go through <see cref="FortuneGenerationService"/>, <c>Concurrency</c> at a time, each worker in its own
/// DI scope (a DbContext is not thread-safe); each outcome is saved as it arrives (<see cref="BatchItemRecorder"/>);
/// then <see cref="BatchCompletion"/> ends the batch.
/// <para>Idempotent, as the kernel requires (its start-up recovery re-runs a job a crash interrupted): finished items
/// are skipped, and an item whose fortune was stored but not yet recorded gets the stored fortune back from the
/// generation service (the cache key is the unique index), so no profile gets a second fortune.</para>
/// </summary>
internal sealed class FortuneBatchJob(
    FortuneDbContext db,
    IServiceScopeFactory scopes,
    IOptions<FortuneBatchOptions> options,
    BatchCompletion completion,
    TimeProvider clock,
    ILogger<FortuneBatchJob> logger) : IBackgroundJob<FortuneBatchArgs>
{
    // Unexpected failures (a database hiccup) are tried again a few times before the item is failed, so one
    // transient error does not fail a profile — and a persistent one cannot hold the batch open forever.
    private const int AttemptsPerItem = 3;

    public async Task ExecuteAsync(FortuneBatchArgs args, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == args.BatchId, cancellationToken);
        if (batch is null) return; // another tenant's id, or deleted

        if (!batch.IsFinished)
        {
            await db.Batches.Where(b => b.Id == batch.Id && b.Status == BatchStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BatchStatus.Processing)
                    .SetProperty(b => b.StartedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
            var pending = await db.BatchItems.AsNoTracking()
                .Where(i => i.BatchId == batch.Id && i.Status == BatchItemStatus.Pending)
                .OrderBy(i => i.Position)
                .Select(i => new PendingItem(i.Position, i.ProfileId))
                .ToListAsync(cancellationToken);

            var request = new FortuneRequest(
                InputParsing.Enum(batch.FortuneType, "fortune_type", FortuneType.Daily), batch.FortuneDate, batch.Model);
            var caller = new CallerInfo(batch.ActorIp, batch.ActorApiKey, batch.ActorClientId, batch.RequestId,
                batch.UserAgent, "POST /v1/fortunes/batch", new HashSet<string>());
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(pending, parallel, (item, ct) => ProcessAsync(batch.Id, item, request, caller, ct));
        }

        if (!await completion.CompleteAsync(batch.Id, cancellationToken))
            throw new InvalidOperationException($"Batch {batch.Id} still has pending items after its run; the job will be retried.");
    }

    private async ValueTask ProcessAsync(string batchId, PendingItem item, FortuneRequest request, CallerInfo caller, CancellationToken ct)
    {
        var outcome = await GenerateAsync(item, request, caller, ct);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BatchItemRecorder>().RecordAsync(batchId, item.Position, outcome, ct);
    }

    private async Task<BatchItemOutcome> GenerateAsync(PendingItem item, FortuneRequest request, CallerInfo caller, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh scope per attempt: a DbContext that threw may hold half-done changes.
            await using var scope = scopes.CreateAsyncScope();
            var generator = scope.ServiceProvider.GetRequiredService<FortuneGenerationService>();
            try
            {
                var result = await generator.GenerateAsync(item.ProfileId, request, caller, ct);
                return BatchItemOutcome.Success(result.Fortune.Id);
            }
            catch (ProductApiException e)
            {
                // The product's own refusals: not_found (unknown or another tenant's profile), service_unavailable.
                return BatchItemOutcome.Failure(e.Code, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (attempt >= AttemptsPerItem)
                {
                    logger.LogError(e, "Batch item {Position} (profile {ProfileId}) failed {Attempts} times", item.Position, item.ProfileId, attempt);
                    return BatchItemOutcome.Failure(FortuneErrorCodes.InternalError, "The fortune could not be generated.");
                }
                logger.LogWarning(e, "Batch item {Position} (profile {ProfileId}) failed; trying again", item.Position, item.ProfileId);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock, ct);
            }
        }
    }

    private sealed record PendingItem(int Position, string ProfileId);
}
