using System.Text.Json;

namespace Forge.TestKit.FakeAi;

/// <summary>One request a fake provider received, with its headers and JSON body.</summary>
public sealed record FakeAiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string RawBody)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON (an undefined element when it is not JSON).</summary>
    public JsonElement Body
    {
        get
        {
            try { return JsonDocument.Parse(RawBody).RootElement.Clone(); }
            catch (JsonException) { return default; }
        }
    }

    /// <summary>Every <c>content</c> string of the request's messages, system prompt included, joined: what the prompt said.</summary>
    public string PromptText
    {
        get
        {
            var parts = new List<string>();
            var body = Body;
            if (body.ValueKind != JsonValueKind.Object) return "";
            if (body.TryGetProperty("system", out var system)) Collect(system, parts);
            if (body.TryGetProperty("messages", out var messages))
                foreach (var message in messages.EnumerateArray())
                    if (message.TryGetProperty("content", out var content)) Collect(content, parts);
            return string.Join("\n", parts);
        }
    }

    private static void Collect(JsonElement content, List<string> parts)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                parts.Add(content.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var block in content.EnumerateArray())
                    if (block.ValueKind == JsonValueKind.Object && block.TryGetProperty("text", out var text)) parts.Add(text.GetString() ?? "");
                    else Collect(block, parts);
                break;
        }
    }
}
