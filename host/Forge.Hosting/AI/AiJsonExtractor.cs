namespace Forge.Hosting.AI;

/// <summary>
/// Finds the JSON object in a model's reply. Models asked for "only JSON" still wrap it in a ```json
/// fence or add a sentence before or after, so the reply is searched rather than parsed whole.
/// </summary>
public static class AiJsonExtractor
{
    /// <summary>The outermost <c>{…}</c> of the reply (inside a code fence if there is one), or null.</summary>
    public static string? ExtractObject(string text)
    {
        var body = InsideFence(text) ?? text;
        var start = body.IndexOf('{');
        var end = body.LastIndexOf('}');
        return start >= 0 && end > start ? body[start..(end + 1)] : null;
    }

    private static string? InsideFence(string text)
    {
        var open = text.IndexOf("```", StringComparison.Ordinal);
        if (open < 0) return null;
        var contentStart = text.IndexOf('\n', open);
        if (contentStart < 0) return null;
        var close = text.IndexOf("```", contentStart, StringComparison.Ordinal);
        return close < 0 ? text[(contentStart + 1)..] : text[(contentStart + 1)..close];
    }
}
