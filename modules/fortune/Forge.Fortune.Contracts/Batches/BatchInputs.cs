using System.Text.Json.Serialization;

namespace Forge.Fortune.Batches;

/// <summary><c>POST /v1/fortunes/batch</c> (F-batch), as sent: the application service validates and names a bad field.</summary>
public sealed record FortuneBatchCreateInput
{
    [JsonPropertyName("profile_ids")] public IReadOnlyList<string?>? ProfileIds { get; init; }
    [JsonPropertyName("fortune_type")] public string? FortuneType { get; init; }
    [JsonPropertyName("fortune_date")] public string? FortuneDate { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("webhook_url")] public string? WebhookUrl { get; init; }
    [JsonPropertyName("idempotency_key")] public string? IdempotencyKey { get; init; }
}
