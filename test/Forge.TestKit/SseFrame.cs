using System.Text.Json;

namespace Forge.TestKit;

/// <summary>One server-sent event as <see cref="SseClient"/> read it; <paramref name="Data"/> is the parsed JSON.</summary>
public sealed record SseFrame(string Event, string? Id, JsonElement Data);
