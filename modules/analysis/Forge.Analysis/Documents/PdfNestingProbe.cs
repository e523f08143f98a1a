namespace Forge.Analysis.Documents;

/// <summary>
/// PDF objects nest (arrays in dictionaries in arrays…) and a parser that reads them recursively can be
/// driven into a stack overflow, which no <c>catch</c> survives: it would end the host process. Before
/// PdfPig sees a file, a linear scan of its bytes outside streams and strings measures how deep
/// <c>[</c> and <c>&lt;&lt;</c> nest. Objects inside compressed object streams are not scanned.
/// </summary>
internal static class PdfNestingProbe
{
    public static bool NestsDeeperThan(ReadOnlySpan<byte> pdf, int limit)
    {
        var depth = 0;
        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'[':
                    if (++depth > limit) return true;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    if (++depth > limit) return true;
                    i++;
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'<':
                    i = SkipPast(pdf, i, (byte)'>');
                    break;
                case (byte)'%':
                    i = SkipPast(pdf, i, (byte)'\n');
                    break;
                case (byte)'(':
                    i = SkipLiteralString(pdf, i);
                    break;
                case (byte)'s' when pdf[i..].StartsWith("stream"u8) && (i == 0 || pdf[i - 1] != 'd'):
                    var end = pdf[i..].IndexOf("endstream"u8);
                    if (end < 0) return false;
                    i += end + 8;
                    break;
            }
        }
        return false;
    }

    private static int SkipPast(ReadOnlySpan<byte> pdf, int start, byte terminator)
    {
        var end = pdf[(start + 1)..].IndexOf(terminator);
        return end < 0 ? pdf.Length : start + 1 + end;
    }

    // Literal strings may hold balanced parentheses and backslash escapes.
    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int start)
    {
        var open = 0;
        for (var i = start; i < pdf.Length; i++)
        {
            if (pdf[i] == '\\') i++;
            else if (pdf[i] == '(') open++;
            else if (pdf[i] == ')' && --open == 0) return i;
        }
        return pdf.Length;
    }
}
