namespace Forge.Fortune.Domain.Batches;

/// <summary>The Batch object's <c>status</c> values (seed 000).</summary>
public static class BatchStatus
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";

    /// <summary>Every item failed (ADR 14); a batch with at least one success is <see cref="Completed"/>.</summary>
    public const string Failed = "failed";
}

/// <summary>An item's state; <c>success</c> and <c>failed</c> are the wire's <c>results[].status</c>.</summary>
public static class BatchItemStatus
{
    public const string Pending = "pending";
    public const string Success = "success";
    public const string Failed = "failed";
}
