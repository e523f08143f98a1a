using System.Text.Json;
using Forge.NotionForge.Application;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.HttpApi.Chat;

/// <summary>
/// Reads one client frame: JSON object with a known <c>type</c> and the members that type needs. Anything else is a
/// <see cref="ChatError"/> naming the field (<c>VALIDATION_ERROR</c>, as a malformed HTTP body is; ADR 42), never an exception.
/// </summary>
internal static class ChatFrameReader
{
    public static (ChatInbound? Frame, ChatError? Error) Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return Invalid("frame", "The frame is not JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Invalid("frame", "The frame must be a JSON object.");
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return Invalid("type", "'type' is required: init, message, approve or reject.");
            return type.GetString() switch
            {
                "init" => ReadInit(root),
                "message" => String(root, "content", required: true, out var content) is { } e ? (null, e) : (new MessageFrame(content!), null),
                "approve" => (new ApproveFrame(), null),
                "reject" => (new RejectFrame(), null),
                _ => Invalid("type", "Unknown 'type': expected init, message, approve or reject."),
            };
        }
    }

    private static (ChatInbound?, ChatError?) ReadInit(JsonElement root)
    {
        if (String(root, "notion_token", required: false, out var token) is { } tokenError) return (null, tokenError);
        if (String(root, "parent_page_id", required: true, out var parent) is { } parentError) return (null, parentError);
        var settings = new PlanOptions();
        if (root.TryGetProperty("settings", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            if (s.ValueKind != JsonValueKind.Object) return Invalid("settings", "'settings' must be an object.");
            if (String(s, "complexity", false, out var complexity, "settings.") is { } e1) return (null, e1);
            if (String(s, "language", false, out var language, "settings.") is { } e2) return (null, e2);
            settings = settings with { Complexity = complexity, Language = language };
            if (s.TryGetProperty("include_sample_data", out var include) && include.ValueKind != JsonValueKind.Null)
            {
                if (include.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    return Invalid("settings.include_sample_data", "'settings.include_sample_data' must be true or false.");
                settings = settings with { IncludeSampleData = include.GetBoolean() };
            }
            if (s.TryGetProperty("sample_count", out var count) && count.ValueKind != JsonValueKind.Null)
            {
                if (count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n))
                    return Invalid("settings.sample_count", "'settings.sample_count' must be an integer.");
                settings = settings with { SampleCount = n };
            }
        }
        return (new InitFrame(token, parent!, settings), null);
    }

    private static ChatError? String(JsonElement o, string name, bool required, out string? value, string prefix = "")
    {
        value = null;
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
            return required ? new ChatError(NotionForgeErrorCodes.ValidationError, $"'{prefix}{name}' is required.", prefix + name) : null;
        if (p.ValueKind != JsonValueKind.String)
            return new ChatError(NotionForgeErrorCodes.ValidationError, $"'{prefix}{name}' must be a string.", prefix + name);
        value = p.GetString();
        return null;
    }

    private static (ChatInbound?, ChatError?) Invalid(string field, string message) =>
        (null, new ChatError(NotionForgeErrorCodes.ValidationError, message, field));
}
