using System.IO.Compression;

namespace Forge.Analysis.Documents;

/// <summary>
/// A PDF's Flate streams can be decompression bombs too (10 MB inflating to gigabytes), and PdfPig
/// decodes a content stream whole. Before PdfPig sees the file, every Flate stream that is not an image
/// (images are never decoded for text) is inflated through <see cref="CappedInflation"/>; together they
/// may not pass <see cref="DocumentOptions.MaxUncompressedBytes"/>. Streams that do not inflate (encrypted,
/// corrupt) are left to PdfPig, which reports them.
/// </summary>
internal static class PdfBombGuard
{
    private const int DictionaryLookBack = 4096;

    public static void Check(byte[] bytes, ExtractionContext context)
    {
        var span = bytes.AsSpan();
        var limit = context.Options.MaxUncompressedBytes;
        long total = 0;
        var position = 0;
        while (position < span.Length)
        {
            var keyword = span[position..].IndexOf("stream"u8);
            if (keyword < 0) return;
            keyword += position;
            position = keyword + 6;
            if (keyword >= 3 && span.Slice(keyword - 3, 3).SequenceEqual("end"u8)) continue;

            var start = keyword + 6;
            if (start < span.Length && span[start] == '\r') start++;
            if (start >= span.Length || span[start] != '\n') continue;
            start++;
            var length = span[start..].IndexOf("endstream"u8);
            if (length < 0) return;
            position = start + length + 9;

            if (!IsFlateNonImage(span[Math.Max(0, keyword - DictionaryLookBack)..keyword])) continue;
            context.Checkpoint();
            total += Inflated(bytes, start, length, limit - total, context);
            if (total > limit)
                context.Fail(DocumentErrorCodes.ExceedsLimits,
                    $"the PDF's compressed streams inflate to more than {limit} bytes (a decompression bomb?).");
        }
    }

    // The stream's dictionary is what follows the last "obj" keyword before it.
    private static bool IsFlateNonImage(ReadOnlySpan<byte> before)
    {
        var obj = before.LastIndexOf("obj"u8);
        var dictionary = obj >= 0 ? before[obj..] : before;
        return (dictionary.IndexOf("/FlateDecode"u8) >= 0 || dictionary.IndexOf("/Fl"u8) >= 0)
            && dictionary.IndexOf("/Image"u8) < 0;
    }

    private static long Inflated(byte[] bytes, int start, int length, long cap, ExtractionContext context)
    {
        using var zlib = new ZLibStream(new MemoryStream(bytes, start, length, writable: false), CompressionMode.Decompress);
        return CappedInflation.Measure(zlib, cap, context);
    }
}
