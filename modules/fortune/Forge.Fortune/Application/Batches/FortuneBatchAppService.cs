using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Application.Webhooks;
using Forge.Fortune.Batches;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Batches;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Fortunes;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// <c>POST /v1/fortunes/batch</c> and <c>GET /v1/fortunes/batch/{id}</c> (seed 000, ADR 14). Create stores the
/// batch and its items with the processing job (<see cref="FortuneBatchJob"/>) staged in the same <c>SaveChanges</c>
/// (the kernel's job outbox, ADR 20), and answers at once; the job does the work. Another tenant's batch reads as not found.
/// </summary>
public sealed class FortuneBatchAppService(
    FortuneDbContext db,
    FortuneGenerationService generator,
    IWebhookTargetPolicy targets,
    IPiiProtector protector,
    BatchEstimator estimator,
    TimeProvider clock)
{
    public async Task<FortuneBatchDto> CreateAsync(FortuneBatchCreateInput input, CallerInfo caller, CancellationToken ct)
    {
        var valid = await BatchInput.ValidateAsync(input, generator, targets, ct);
        var now = WireTime.Now(clock);
        var secret = valid.WebhookUrl is null ? null : WebhookSecrets.New();
        var batch = new FortuneBatch
        {
            Id = PrefixedId.Batch(), Status = BatchStatus.Pending,
            FortuneType = valid.Request.Type.Key(), FortuneDate = valid.Request.Date, Model = valid.Request.Model,
            WebhookUrl = valid.WebhookUrl, WebhookSecretEncrypted = secret is null ? null : protector.Protect(secret),
            TotalCount = valid.ProfileIds.Count, CreatedAt = now,
            ActorIp = caller.Ip, ActorApiKey = caller.MaskedApiKey, ActorClientId = caller.ClientId,
            RequestId = caller.RequestId, UserAgent = caller.UserAgent,
        };
        db.Batches.Add(batch);
        for (var i = 0; i < valid.ProfileIds.Count; i++)
            db.BatchItems.Add(new FortuneBatchItem { BatchId = batch.Id, Position = i, ProfileId = valid.ProfileIds[i], Status = BatchItemStatus.Pending });
        AuditLog.Add(db, caller, AuditActions.FortuneBatch, AuditResourceTypes.Fortune, batch.Id, now);
        db.StageJob(new FortuneBatchArgs(batch.Id)); // no batch without its job, no job without its batch
        await db.SaveChangesAsync(ct);

        // Measured before the job starts adding this batch's own generations to the history.
        var perItem = await estimator.PerItemAsync(batch.Model, CancellationToken.None);

        return BatchMapper.ToDto(batch, estimator.Estimate(now, batch.TotalCount, perItem), webhookSecret: secret);
    }

    public async Task<FortuneBatchDto> GetAsync(string id, CancellationToken ct)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct)
                    ?? throw new ProductApiException(ProductErrorKind.NotFound, FortuneErrorCodes.NotFound, $"No batch '{id}'.");
        if (batch.IsFinished)
        {
            var items = await db.BatchItems.AsNoTracking().Where(i => i.BatchId == batch.Id).ToListAsync(ct);
            return BatchMapper.ToDto(batch, batch.CompletedAt!.Value, items);
        }
        var remaining = batch.TotalCount - batch.CompletedCount - batch.FailedCount;
        var perItem = await estimator.PerItemAsync(batch.Model, ct);
        return BatchMapper.ToDto(batch, estimator.Estimate(WireTime.Now(clock), remaining, perItem));
    }
}
