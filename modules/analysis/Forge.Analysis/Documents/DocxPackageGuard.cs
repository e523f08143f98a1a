using System.IO.Compression;
using System.Xml;

namespace Forge.Analysis.Documents;

/// <summary>
/// Checks a DOCX package before OpenXml opens it, so a ZIP bomb costs a bounded amount: the entry count,
/// every entry's declared size, the declared total and the compression ratio first (no inflation), then
/// a compressed size no honest declared size allows (a lying header), then every XML part actually
/// inflated through a <see cref="CappedReadStream"/> capped at its declared size and read by an <see cref="XmlReader"/> without DTDs and with a depth limit.
/// Media parts are never inflated: text is not read from them.
/// </summary>
internal static class DocxPackageGuard
{
    private const long RatioCheckedAbove = 1024 * 1024;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = true,
    };

    public static void Check(byte[] bytes, ExtractionContext context)
    {
        using var zip = Open(bytes, context);
        var options = context.Options;
        if (zip.Entries.Count > options.MaxZipEntries)
            context.Fail(DocumentErrorCodes.ExceedsLimits, $"the DOCX package has {zip.Entries.Count} entries; at most {options.MaxZipEntries} are accepted.");
        if (zip.GetEntry("[Content_Types].xml") is null)
            context.Fail(DocumentErrorCodes.Unreadable, "the ZIP archive is not a Word (DOCX) document.");

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (entry.Length > options.MaxUncompressedBytes || declared > options.MaxUncompressedBytes)
                context.Fail(DocumentErrorCodes.ExceedsLimits, $"the DOCX package declares more than {options.MaxUncompressedBytes} uncompressed bytes.");
            // Deflate never grows data by more than a fraction: compressed data larger than that is a lie about the
            // size (.NET's reader stops at the declared size, so the rest would only look like a truncated part).
            if (entry.CompressedLength > entry.Length + entry.Length / 100 + 1024)
                context.Fail(DocumentErrorCodes.ExceedsLimits,
                    "a DOCX part declares fewer uncompressed bytes than its compressed data holds (a decompression bomb?).");
            if (entry.Length > RatioCheckedAbove && entry.Length / Math.Max(1, entry.CompressedLength) > options.MaxCompressionRatio)
                context.Fail(DocumentErrorCodes.ExceedsLimits,
                    $"a DOCX part is compressed more than {options.MaxCompressionRatio}:1 (a decompression bomb?).");
        }

        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                continue;
            if (entry.Length > options.MaxXmlPartBytes)
                context.Fail(DocumentErrorCodes.ExceedsLimits, $"a DOCX XML part has {entry.Length} bytes; at most {options.MaxXmlPartBytes} are read.");
            CheckXmlPart(entry, context);
        }
    }

    private static ZipArchive Open(byte[] bytes, ExtractionContext context)
    {
        try
        {
            return new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw context.Error(DocumentErrorCodes.Unreadable, "the DOCX (ZIP) file is corrupt or truncated.", e);
        }
    }

    private static void CheckXmlPart(ZipArchiveEntry entry, ExtractionContext context)
    {
        context.Checkpoint();
        try
        {
            var part = new CappedReadStream(entry.Open(), entry.Length, () => InflatesBeyondDeclared(context));
            using var reader = XmlReader.Create(part, XmlSettings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > context.Options.MaxNestingDepth)
                    context.Fail(DocumentErrorCodes.ExceedsLimits, $"a DOCX part is nested deeper than {context.Options.MaxNestingDepth} elements.");
                if (++nodes % 4096 == 0) context.Checkpoint();
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException or IOException)
        {
            throw context.Error(DocumentErrorCodes.Unreadable, "the DOCX package has a corrupt or truncated part.", e);
        }
    }

    private static void InflatesBeyondDeclared(ExtractionContext context) =>
        context.Fail(DocumentErrorCodes.ExceedsLimits, "a DOCX part inflates beyond its declared size (a decompression bomb?).");
}
