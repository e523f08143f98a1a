namespace Forge.NotionForge.Application;

/// <summary>
/// Notion ids as ADR 42 accepts them: 32 hex digits with or without hyphens (or the tail of a Notion URL), normalised
/// to the hyphenated lower-case form; anything else is <c>INVALID_INPUT</c> naming the field.
/// </summary>
public static class NotionIds
{
    public static string Normalize(string? value, string field)
    {
        if (TryNormalize(value, out var id)) return id;
        throw NotionForgeErrors.InvalidInput(field, $"'{field}' must be a Notion id: 32 hexadecimal digits, with or without hyphens.");
    }

    public static bool TryNormalize(string? value, out string id)
    {
        id = "";
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        // A pasted page URL ends with "<title>-<32 hex>" (query and fragment aside).
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0) text = text[..cut];
        if (text.Contains('/')) text = text[(text.LastIndexOf('/') + 1)..];
        // "Title-Words-<32 hex>" (a URL slug) or a plain or hyphenated id.
        var hex = text.Length > 32 && text[^33] == '-' && text[^32..].All(Uri.IsHexDigit)
            ? text[^32..]
            : text.Replace("-", "", StringComparison.Ordinal);
        if (hex.Length != 32 || !hex.All(Uri.IsHexDigit)) return false;
        hex = hex.ToLowerInvariant();
        id = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
        return true;
    }
}
