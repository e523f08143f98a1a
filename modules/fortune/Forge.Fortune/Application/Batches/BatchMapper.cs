using System.Globalization;
using System.Text.Json.Serialization;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Batches;
using Forge.Fortune.Domain.Batches;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Batches;

/// <summary>Batch rows → the wire's Batch object (seed 000) and the <c>batch.completed</c> payload.</summary>
internal static class BatchMapper
{
    public static FortuneBatchDto ToDto(FortuneBatch batch, DateTime estimatedCompletion, IReadOnlyList<FortuneBatchItem>? items = null, string? webhookSecret = null) =>
        new(batch.Id, batch.Status, batch.TotalCount, batch.CompletedCount, batch.FailedCount,
            batch.FortuneType, batch.FortuneDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), batch.Model, batch.WebhookUrl,
            WireTime.ToWire(batch.CreatedAt), WireTime.ToWire(estimatedCompletion),
            batch.IsFinished && batch.CompletedAt is { } done ? WireTime.ToWire(done) : null,
            batch.IsFinished ? items?.OrderBy(i => i.Position).Select(Result).ToList() : null,
            webhookSecret);

    private static BatchResultDto Result(FortuneBatchItem item) =>
        new(item.ProfileId, item.FortuneId, item.Status,
            item.Status == BatchItemStatus.Failed ? new BatchErrorDto(item.ErrorCode ?? FortuneErrorCodes.InternalError, item.ErrorMessage ?? "") : null);

    /// <summary>The seed's webhook payload; also the <c>data</c> of the <c>batch.completed</c> event.</summary>
    public static BatchCompletedPayload Completed(FortuneBatch batch) =>
        new("batch.completed", batch.Id, batch.Status, batch.TotalCount, batch.CompletedCount, batch.FailedCount,
            WireTime.ToWire(batch.CompletedAt ?? throw new InvalidOperationException("The batch has not finished.")));
}

/// <summary>Seed 000's webhook payload, field for field (snake_case on the wire).</summary>
internal sealed record BatchCompletedPayload(
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("batch_id")] string BatchId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("total_count")] int TotalCount,
    [property: JsonPropertyName("completed_count")] int CompletedCount,
    [property: JsonPropertyName("failed_count")] int FailedCount,
    [property: JsonPropertyName("completed_at")] string CompletedAt);
