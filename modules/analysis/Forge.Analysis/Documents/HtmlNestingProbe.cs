namespace Forge.Analysis.Documents;

/// <summary>
/// An HTML5 parser's work grows with the nesting of open elements (AngleSharp took minutes on 100,000
/// nested <c>&lt;div&gt;</c>s, and cannot be interrupted mid-parse), so the nesting is estimated by a
/// linear scan of the tags before parsing. Void elements, self-closed tags and elements whose end tag is
/// optional (<c>li</c>, <c>p</c>, <c>td</c>…, closed implicitly by their next sibling) do not nest here,
/// so sloppy but ordinary HTML is not refused; script, style and comment contents are skipped.
/// </summary>
internal static class HtmlNestingProbe
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static bool NestsDeeperThan(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) return false;
                i = close + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) return false;
            var name = html.AsSpan(nameStart, nameEnd - nameStart).ToString();

            if (closing) depth = Math.Max(0, depth - 1);
            else if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return false;
                i = end;
                continue;
            }
            else if (html[tagEnd - 1] != '/' && !NotNesting.Contains(name) && ++depth > limit) return true;
            i = tagEnd + 1;
        }
        return false;
    }
}
