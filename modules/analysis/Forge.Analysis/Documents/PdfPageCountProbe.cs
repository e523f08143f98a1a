using System.Buffers.Text;

namespace Forge.Analysis.Documents;

/// <summary>
/// PdfPig builds the whole page tree when it opens a document (about 40 bytes allocated per byte of a
/// 5,000-page file), so the page count is first read from the raw bytes: the largest <c>/Count</c> of a
/// <c>/Type /Pages</c> node (the root's is the total). A page tree inside a compressed object stream is
/// invisible here; PdfPig then counts, at a cost bounded by <see cref="DocumentOptions.MaxDocumentBytes"/>.
/// The number of intermediate nodes is returned too: a chain of thousands of one-kid nodes would make a
/// recursive page-tree walk overflow its stack.
/// </summary>
internal static class PdfPageCountProbe
{
    /// <param name="pagesNodes">How many <c>/Type /Pages</c> nodes the file holds: a sane tree has fewer than it has pages.</param>
    public static int? DeclaredPages(ReadOnlySpan<byte> pdf, out int pagesNodes)
    {
        int? pages = null;
        pagesNodes = 0;
        var position = 0;
        while (position < pdf.Length)
        {
            var type = pdf[position..].IndexOf("/Type"u8);
            if (type < 0) break;
            type += position;
            position = type + 5;
            var rest = pdf[position..].TrimStart(" \r\n\t\f\0"u8);
            if (!rest.StartsWith("/Pages"u8)) continue;
            pagesNodes++;

            // The node is the object around the /Type entry: from its "obj" to its "endobj".
            var start = pdf[..type].LastIndexOf("obj"u8);
            var end = pdf[position..].IndexOf("endobj"u8);
            var node = pdf[(start < 0 ? 0 : start)..(end < 0 ? pdf.Length : position + end)];
            var count = node.IndexOf("/Count"u8);
            if (count < 0) continue;
            var digits = node[(count + 6)..].TrimStart(" \r\n\t\f\0"u8);
            if (Utf8Parser.TryParse(digits, out int value, out _) && value > (pages ?? 0)) pages = value;
        }
        return pages;
    }
}
