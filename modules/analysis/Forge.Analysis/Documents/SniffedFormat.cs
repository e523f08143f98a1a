namespace Forge.Analysis.Documents;

/// <summary>What a document's bytes are, whatever its declared <c>type</c> says.</summary>
internal enum SniffedFormat
{
    Pdf,
    /// <summary>A ZIP archive: read as DOCX (the docs' own "pdf" samples are ZIPs, §11 #7).</summary>
    Zip,
    /// <summary>An OLE compound file: an encrypted OOXML document, or a legacy .doc.</summary>
    OleCompound,
    Rtf,
    /// <summary>No known magic number: text if it decodes as text (<see cref="TextDecoding"/>), otherwise unreadable.</summary>
    Other,
}

/// <summary>Decides a document's format from its leading bytes (magic numbers), never from its declared type.</summary>
internal static class DocumentSniffer
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> EmptyZipMagic => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> RtfMagic => "{\\rtf"u8;

    public static SniffedFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        // Readers accept junk before "%PDF-" (the spec tolerates it within the first 1024 bytes).
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0) return SniffedFormat.Pdf;
        if (bytes.StartsWith(ZipMagic) || bytes.StartsWith(EmptyZipMagic)) return SniffedFormat.Zip;
        if (bytes.StartsWith(OleMagic)) return SniffedFormat.OleCompound;
        if (bytes.StartsWith(RtfMagic)) return SniffedFormat.Rtf;
        return SniffedFormat.Other;
    }
}
