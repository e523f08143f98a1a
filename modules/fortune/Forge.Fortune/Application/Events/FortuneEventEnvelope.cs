using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain.Events;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// The one JSON shape of an event, for webhook bodies and SSE <c>data:</c> lines alike:
/// <c>{"id":"evt_…","type":"profile.created","created_at":"…Z","data":{…}}</c> (<c>type</c>, like the
/// documented heartbeat's <c>{type, timestamp}</c>).
/// </summary>
public static class FortuneEventEnvelope
{
    // Hangul stays readable; these bodies are never embedded in HTML.
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(FortuneEvent evt) => Json(evt.Id, evt.Type, evt.CreatedAt, JsonNode.Parse(evt.DataJson));

    public static string Json(string id, string type, DateTime createdAt, JsonNode? data) =>
        new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["created_at"] = WireTime.ToWire(createdAt),
            ["data"] = data ?? new JsonObject(),
        }.ToJsonString(JsonOptions);
}
