using System.Text.Json.Serialization;

namespace Forge.Fortune.Webhooks;

/// <summary><c>POST /v1/webhooks</c> (W-create).</summary>
public sealed record WebhookCreateInput
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("events")] public IReadOnlyList<string?>? Events { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("metadata")] public IReadOnlyDictionary<string, string?>? Metadata { get; init; }
}

/// <summary><c>POST /v1/webhooks/{id}/test</c> (W-test); an empty body means the defaults.</summary>
public sealed record WebhookTestInput
{
    [JsonPropertyName("event_type")] public string? EventType { get; init; }
    [JsonPropertyName("reactivate")] public bool? Reactivate { get; init; }
}

/// <summary><c>GET /v1/webhooks</c> query, as sent.</summary>
public sealed record WebhookListQuery(string? Limit, string? Cursor, string? Active, string? Event);
