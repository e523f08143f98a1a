using System.Text.Json.Serialization;

namespace Forge.Fortune.Fortunes;

/// <summary><c>POST /v1/fortunes</c> (F-create), as sent: the application service validates and names a bad field.</summary>
public sealed record FortuneCreateInput
{
    [JsonPropertyName("profile_id")] public string? ProfileId { get; init; }
    [JsonPropertyName("fortune_type")] public string? FortuneType { get; init; }
    [JsonPropertyName("fortune_date")] public string? FortuneDate { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("include_lucky_items")] public bool? IncludeLuckyItems { get; init; }
    [JsonPropertyName("idempotency_key")] public string? IdempotencyKey { get; init; }
}

/// <summary><c>GET /v1/fortunes</c> query, as sent (F-list).</summary>
public sealed record FortuneListQuery(
    string? ProfileId, string? FortuneType, string? FortuneDate, string? DateFrom, string? DateTo,
    string? Model, string? Limit, string? Cursor);
