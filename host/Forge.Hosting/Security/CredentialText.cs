namespace Forge.Hosting.Security;

/// <summary>
/// One reading of a presented API key, key id or token, wherever it comes from (header, WebSocket subprotocol, CLI
/// argument): surrounding ASCII whitespace — a pasted trailing newline or space — is trimmed; anything else that is
/// not printable ASCII (inner spaces, control characters, non-ASCII look-alikes) refuses the value (ADR 26).
/// Credentials are generated as ASCII, so such a value can never match and is better named as malformed.
/// </summary>
public static class CredentialText
{
    private static readonly char[] AsciiWhitespace = [' ', '\t', '\r', '\n', '\v', '\f'];

    public const string Rule = "only printable ASCII characters (surrounding spaces are ignored)";

    /// <summary>The trimmed value, or null when it is empty or holds a character a credential never has.</summary>
    public static string? Normalize(string? raw)
    {
        var value = raw?.Trim(AsciiWhitespace);
        if (string.IsNullOrEmpty(value)) return null;
        foreach (var c in value)
            if (c is < '!' or > '~') return null;
        return value;
    }

    /// <summary>Trims surrounding ASCII whitespace only; null when nothing is left.</summary>
    public static string? Trim(string? raw) => raw?.Trim(AsciiWhitespace) is { Length: > 0 } value ? value : null;
}
