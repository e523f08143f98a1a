namespace Forge.Analysis.Documents;

/// <summary>
/// Lenient base64: whitespace and line breaks (MIME-style wrapping), a <c>data:…;base64,</c> prefix,
/// the URL-safe alphabet and missing padding are all what a caller meant, so all are accepted.
/// </summary>
public static class Base64Content
{
    public static bool TryDecode(string content, out byte[] bytes)
    {
        bytes = [];
        var span = content.AsSpan().Trim();
        if (span.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = span.IndexOf(',');
            if (comma < 0 || !span[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) return false;
            span = span[(comma + 1)..];
        }

        var chars = new char[span.Length + 3];
        var length = 0;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars[length++] = c switch { '-' => '+', '_' => '/', _ => c };
        }
        if (length == 0) return false;
        var padded = length % 4;
        if (padded == 1) return false;
        if (padded != 0)
            for (var i = padded; i < 4; i++) chars[length++] = '=';

        var buffer = new byte[length / 4 * 3];
        if (!Convert.TryFromBase64Chars(chars.AsSpan(0, length), buffer, out var written)) return false;
        bytes = written == buffer.Length ? buffer : buffer[..written];
        return true;
    }
}
