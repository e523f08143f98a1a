using System.Text.RegularExpressions;

namespace Forge.Analysis.Documents;

/// <summary>
/// Leniency for text fields: HTML sent as <c>text</c> is read as HTML, and a document base64-encoded
/// into a <c>text</c>/<c>html</c> field (the docs' own Korean quick-start does this, §11 #6) is decoded
/// and sniffed like a <c>pdf</c>/<c>docx</c> one.
/// </summary>
internal static partial class TextShapes
{
    private const int MinimumEmbeddedLength = 32;

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase))
            return true;
        if (head.Length > 0 && head[0] == '<' && OpeningTag().IsMatch(head)) return true;
        // A resume may mention "<div>" once; two closing block tags are markup.
        var closings = 0;
        foreach (var _ in ClosingBlockTag().EnumerateMatches(text))
            if (++closings >= 2) return true;
        return false;
    }

    /// <summary>True when the whole field is base64 of a document or of text (no spaces, long enough).</summary>
    public static bool TryUnwrapBase64(string text, out byte[] bytes)
    {
        bytes = [];
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < MinimumEmbeddedLength || trimmed.IndexOf(' ') >= 0) return false;
        foreach (var c in trimmed)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' or '\r' or '\n'))
                return false;
        if (!Base64Content.TryDecode(text, out bytes) || bytes.Length == 0) return false;
        return DocumentSniffer.Sniff(bytes) != SniffedFormat.Other || TextDecoding.TryDecode(bytes, out _);
    }

    [GeneratedRegex(@"\A<(p|div|h[1-6]|ul|ol|table|section|article|header|main|span|br|li|strong|b|em)[\s/>]", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTag();

    [GeneratedRegex("</(p|div|li|h[1-6]|td|tr|ul|ol|table|section)>", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingBlockTag();
}
